package no.kongsberg.vekst.imports.jsonstat;

/** A file that is not a JSON-stat2 dataset the reader can use; the message says what is wrong with it. */
public class JsonStatException extends RuntimeException {

    public JsonStatException(String message) {
        super(message);
    }

    public JsonStatException(String message, Throwable cause) {
        super(message, cause);
    }
}
