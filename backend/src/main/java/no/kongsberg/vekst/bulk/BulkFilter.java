package no.kongsberg.vekst.bulk;

import java.util.List;
import no.kongsberg.vekst.platform.YearSpan;

/**
 * Which rows a bulk download holds: the places (null for every municipality) and the years. It
 * writes its conditions into a dataset's SQL, adding their parameters in the order they appear.
 */
record BulkFilter(List<Long> municipalityIds, YearSpan span) {

    /**
     * ` AND …` conditions on the given year expression and on the municipality columns (a row
     * matches when any of them is one of the places), appending their parameters to {@code params}.
     */
    String and(List<Object> params, String yearExpression, String... municipalityColumns) {
        StringBuilder sql = new StringBuilder();
        if (municipalityIds != null) {
            List<String> ors = new java.util.ArrayList<>();
            for (String column : municipalityColumns) {
                ors.add(column + " = ANY(?)");
                params.add(municipalityIds.toArray(Long[]::new));
            }
            sql.append(" AND (").append(String.join(" OR ", ors)).append(')');
        }
        if (span.from() != null) {
            sql.append(" AND ").append(yearExpression).append(" >= ?");
            params.add(span.from());
        }
        if (span.to() != null) {
            sql.append(" AND ").append(yearExpression).append(" <= ?");
            params.add(span.to());
        }
        return sql.toString();
    }
}
