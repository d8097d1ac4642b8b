package no.kongsberg.vekst.campaigns.importing;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.kongsberg.vekst.platform.QueryParams;

/**
 * The text of a metrics file: UTF-8 with or without BOM, CRLF or LF, cells split at a separator
 * with double quotes ("" inside quotes), and the numbers as people and spreadsheets write them.
 */
final class MetricCsv {

    /** Spaces a number may be grouped with: space, no-break space, narrow no-break space, thin space. */
    private static final Pattern GROUP_SPACES = Pattern.compile("[ \u00A0\u202F\u2009]");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}([,.][0-9]{3})+");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,15}");
    private static final Pattern WHOLE_WITH_ZERO_DECIMALS = Pattern.compile("-?[0-9]{1,15}[.,]0+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}([.,][0-9]{1,10})?");

    private MetricCsv() {
    }

    /** The file's lines (the BOM dropped), or null when it is not UTF-8 text. */
    static List<String> lines(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\n|\r", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** `;` when the header line has one, else `,`. */
    static char separator(String headerLine) {
        return headerLine.indexOf(';') >= 0 ? ';' : ',';
    }

    /** A cell that is not a number of the kind expected. */
    static final class NotANumber extends Exception {
        NotANumber() {
            super(null, null, false, false);
        }
    }

    /**
     * A whole number, null for an empty cell. Groups of thousands may be split by spaces, or by `,`
     * or `.` in groups of three (12 000, 12,000, 12.000); 12.0 is 12. Negative numbers are read (the
     * field rules refuse them with a clearer message).
     */
    static Long count(String cell) throws NotANumber {
        String text = GROUP_SPACES.matcher(cell.trim()).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        if (GROUPED.matcher(text).matches()) {
            text = text.replace(",", "").replace(".", "");
        } else if (WHOLE_WITH_ZERO_DECIMALS.matcher(text).matches()) {
            text = text.substring(0, Math.max(text.indexOf('.'), text.indexOf(',')));
        }
        if (!WHOLE.matcher(text).matches()) {
            throw new NotANumber();
        }
        return Long.parseLong(text);
    }

    /**
     * An amount in kroner, null for an empty cell: decimal comma or point, thousands grouped by
     * spaces; with both `.` and `,` the last one is the decimal mark (1.234,50 and 1,234.50).
     */
    static BigDecimal amount(String cell) throws NotANumber {
        String text = GROUP_SPACES.matcher(cell.trim()).replaceAll("");
        if (text.isEmpty()) {
            return null;
        }
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char group = comma > point ? '.' : ',';
            text = text.replace(String.valueOf(group), "");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new NotANumber();
        }
        return new BigDecimal(text.replace(',', '.'));
    }

    static String shorten(String value) {
        return QueryParams.shorten(value);
    }
}
