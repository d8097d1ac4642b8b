package no.kongsberg.vekst.campaigns.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kongsberg.vekst.campaigns.MetricRow;
import no.kongsberg.vekst.platform.CsvCells;

/**
 * Reads a GA4 export (Explore or a report's "Download CSV"): lines starting with `#` and blank
 * lines are skipped; the header names `Date` (20260302), the campaign (`Session campaign`,
 * `Session campaign name` or `Campaign`), and `Sessions` and/or `Key events` (or `Conversions`),
 * which become sessions and leads; other columns are ignored. Every row goes to one channel. The
 * totals row is skipped with a warning, and rows of the same campaign and date (split by another
 * dimension) are summed. Whether a campaign is Vekst's is for the caller to say.
 */
final class Ga4MetricReader {

    private static final List<String> CAMPAIGN = List.of("session campaign", "session campaign name", "campaign");
    private static final List<String> LEADS = List.of("key events", "conversions");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private Ga4MetricReader() {
    }

    static ParsedMetrics read(byte[] file, String channel) {
        ParsedMetrics parsed = new ParsedMetrics();
        List<String> lines = MetricCsv.lines(file);
        if (lines == null) {
            parsed.reject(1, null, "malformed", "The file is not UTF-8 text.");
            return parsed;
        }
        int headerIndex = 0;
        while (headerIndex < lines.size() && skipped(lines.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            parsed.reject(1, null, "required", "The file is empty: a header row (Date, Session campaign, Sessions, Key events) is required.");
            return parsed;
        }
        long headerRow = headerIndex + 1;
        char separator = MetricCsv.separator(lines.get(headerIndex));
        List<String> header = CsvCells.split(lines.get(headerIndex), separator);
        Integer date = find(header, List.of("date"));
        Integer campaign = find(header, CAMPAIGN);
        Integer sessions = find(header, List.of("sessions"));
        Integer leads = find(header, LEADS);
        if (date == null) {
            parsed.reject(headerRow, "date", "required", "The header lacks the column Date.");
        }
        if (campaign == null) {
            parsed.reject(headerRow, "campaign", "required", "The header lacks the column Session campaign.");
        }
        if (sessions == null && leads == null) {
            parsed.reject(headerRow, "sessions", "required", "The header has neither Sessions nor Key events (or Conversions).");
        }
        if (!parsed.errors.isEmpty()) {
            return parsed;
        }
        Set<String> present = new LinkedHashSet<>();
        if (sessions != null) {
            present.add("sessions");
        }
        if (leads != null) {
            present.add("leads");
        }
        Map<String, ParsedMetrics.Entry> byCampaignAndDate = new LinkedHashMap<>();
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            long row = i + 1;
            String text = lines.get(i);
            if (skipped(text)) {
                continue;
            }
            parsed.processed++;
            List<String> cells = CsvCells.split(text, separator);
            if (cells.size() < header.size()) {
                parsed.reject(row, null, "malformed", "The row has " + cells.size() + " cells; the header has " + header.size() + ".");
                continue;
            }
            String dateText = cells.get(date).trim();
            String slug = cells.get(campaign).trim();
            if (dateText.isEmpty() || dateText.toLowerCase(Locale.ROOT).contains("total")
                    || slug.toLowerCase(Locale.ROOT).contains("grand total")) {
                parsed.warn(row, null, "totals-skipped", "Row " + row + " is the totals row; it was skipped.");
                continue;
            }
            int errors = parsed.errors.size();
            LocalDate day = date(row, dateText, parsed);
            Long sessionCount = count(row, "sessions", sessions, cells, parsed);
            Long leadCount = count(row, "leads", leads, cells, parsed);
            if (parsed.errors.size() > errors) {
                continue;
            }
            if (sessionCount == null && leadCount == null) {
                parsed.warn(row, null, "no-values", "Row " + row + " has neither sessions nor key events; it was skipped.");
                continue;
            }
            if (slug.isEmpty()) {
                slug = "(not set)";
            }
            String key = slug.toLowerCase(Locale.ROOT) + "/" + day;
            ParsedMetrics.Entry before = byCampaignAndDate.get(key);
            MetricRow values = before == null ? new MetricRow(day, channel, null, null, null, sessionCount, leadCount, null)
                    : new MetricRow(day, channel, null, null, null, sum(before.values().sessions(), sessionCount),
                            sum(before.values().leads(), leadCount), null);
            byCampaignAndDate.put(key, new ParsedMetrics.Entry(before == null ? row : before.row(), slug, values, present));
        }
        parsed.entries.addAll(byCampaignAndDate.values());
        return parsed;
    }

    private static boolean skipped(String line) {
        return line.isBlank() || line.stripLeading().startsWith("#");
    }

    private static Integer find(List<String> header, List<String> names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                    return i;
                }
            }
        }
        return null;
    }

    private static LocalDate date(long row, String text, ParsedMetrics parsed) {
        try {
            return text.length() == 8 ? LocalDate.parse(text, BASIC) : LocalDate.parse(text.length() == 10 ? text : "invalid");
        } catch (DateTimeParseException e) {
            parsed.reject(row, "date", "invalid", "'" + MetricCsv.shorten(text) + "' is not a date like 20260302.");
            return null;
        }
    }

    private static Long count(long row, String field, Integer column, List<String> cells, ParsedMetrics parsed) {
        return column == null ? null : parsed.count(row, field, cells.get(column));
    }

    private static Long sum(Long a, Long b) {
        return a == null ? b : b == null ? a : a + b;
    }
}
