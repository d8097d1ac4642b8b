package no.kongsberg.vekst.imports;

/** PostgreSQL COPY's text format, as every import's staging writer writes it. */
public final class CopyText {

    private CopyText() {
    }

    /** Appends a value: `\N` for null, with backslash, tab and line breaks escaped. */
    public static void append(StringBuilder buffer, Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }
}
