package no.kongsberg.vekst.jobs.enterprises;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a file in the register's shapes as a stream, one unit or update at a time, so that the
 * bulk download (about 1.1 million units, a gigabyte of JSON) never sits in memory whole:
 * <ul>
 * <li>the bulk download ({@code /api/enheter/lastned}): a JSON array of units;</li>
 * <li>a search page ({@code /api/enheter}): {@code {"_embedded": {"enheter": [...]}, "page": {...}}};</li>
 * <li>an update-stream page ({@code /api/oppdateringer/enheter}): {@code {"_embedded": {"oppdaterteEnheter": [...]}}}.</li>
 * </ul>
 * Any of them may be gzipped (recognised by the magic bytes 1f 8b, whatever the content type).
 * Rows are numbered from 1 by their position in their array.
 */
final class RegisterReader {

    /** What the reader found in the file. */
    interface Handler {
        void unit(long row, JsonNode unit);

        void update(long row, JsonNode update);
    }

    /** The file is not in one of the register's shapes (or not JSON at all); the message says why. */
    static final class FormatException extends Exception {
        final String code;

        FormatException(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private RegisterReader() {
    }

    /** Reads the file into the handler; returns the number of units and updates read. */
    static long read(InputStream raw, Handler handler) throws IOException, FormatException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == -1) {
            throw new FormatException("required", "The file is empty.");
        }
        if (first == 0x1f && second == 0x8b) {
            in = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new FormatException("required", "The file is empty.");
            }
            long count;
            if (token == JsonToken.START_ARRAY) {
                count = readArray(parser, handler, false);
            } else if (token == JsonToken.START_OBJECT) {
                count = readPage(parser, handler);
            } else {
                throw new FormatException("invalid-format",
                        "Expected the register's bulk download (a JSON array of units) or a page of its search or update stream (a JSON object).");
            }
            if (parser.nextToken() != null) {
                throw new FormatException("invalid-json", "The file has more after its JSON value.");
            }
            return count;
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new FormatException("invalid-gzip", "The gzipped file is broken or cut short: " + e.getMessage());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FormatException("invalid-json", "The file is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** The top-level object of a page: only `_embedded` matters, its `enheter` or `oppdaterteEnheter`. */
    private static long readPage(JsonParser parser, Handler handler) throws IOException, FormatException {
        long count = 0;
        boolean embedded = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("_embedded".equals(field) && value == JsonToken.START_OBJECT) {
                embedded = true;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String list = parser.currentName();
                    JsonToken listToken = parser.nextToken();
                    if (("enheter".equals(list) || "oppdaterteEnheter".equals(list)) && listToken == JsonToken.START_ARRAY) {
                        count += readArray(parser, handler, "oppdaterteEnheter".equals(list));
                    } else if ("underenheter".equals(list) || "oppdaterteUnderenheter".equals(list)) {
                        throw new FormatException("invalid-format",
                                "Sub-units (underenheter) are not imported; send units (enheter) or their updates.");
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (!embedded && "organisasjonsnummer".equals(field)) {
                throw new FormatException("invalid-format",
                        "A single unit is not imported; send a search page (_embedded.enheter) or the bulk download.");
            } else {
                parser.skipChildren();
            }
        }
        return count;
    }

    private static long readArray(JsonParser parser, Handler handler, boolean updates) throws IOException, FormatException {
        long row = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            row++;
            if (token != JsonToken.START_OBJECT) {
                throw new FormatException("invalid-format", "Element " + row + " of the list is not an object.");
            }
            JsonNode node = MAPPER.readTree(parser);
            if (updates) {
                handler.update(row, node);
            } else {
                handler.unit(row, node);
            }
        }
        return row;
    }
}
