package no.kongsberg.vekst.platform;

/**
 * One invalid value: {@code field} is the JSON path of a body field or the name of a parameter,
 * {@code code} a stable machine code the app translates, {@code message} an English explanation.
 */
public record FieldError(String field, String code, String message) {
}
