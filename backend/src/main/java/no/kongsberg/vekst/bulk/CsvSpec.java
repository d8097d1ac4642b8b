package no.kongsberg.vekst.bulk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** A CSV download: the importer's header, the query and how a row of it becomes the file's cells. */
record CsvSpec(List<String> header, String sql, List<Object> params, Cells cells) {

    @FunctionalInterface
    interface Cells {
        List<Object> of(ResultSet rs) throws SQLException;
    }

    /**
     * A stored count as a cell: the number, else Statistics Norway's symbol for why it is missing,
     * else empty (nothing stored). Numbers stay Integers, so a negative flow is never taken for a
     * formula and quoted by the CSV writer.
     */
    static Object count(ResultSet rs, String valueColumn, String missingColumn) throws SQLException {
        int value = rs.getInt(valueColumn);
        if (!rs.wasNull()) {
            return value;
        }
        return rs.getString(missingColumn);
    }
}
