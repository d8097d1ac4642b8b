package no.kongsberg.vekst.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * One read-only, repeatable-read transaction on a connection of its own, for a download written
 * after the resource method has returned: the category queries and the rows of one file see the
 * same data, and the rows come through a server-side cursor (autocommit off and a fetch size make
 * PostgreSQL's driver fetch them in batches instead of all at once).
 */
final class ReadOnlySnapshot implements AutoCloseable {

    static final int FETCH_SIZE = 2000;

    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException, IOException;
    }

    private final Connection connection;

    ReadOnlySnapshot(DataSource dataSource) throws SQLException {
        connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            // Set for this transaction only, in SQL: a pooled connection must not stay read-only afterwards.
            try (Statement s = connection.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Runs the query, handing each row to the handler as the cursor delivers it. */
    void each(String sql, List<Object> params, RowHandler handler) throws IOException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                Object param = params.get(i);
                if (param instanceof Long[] ids) {
                    Array array = connection.createArrayOf("bigint", ids);
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, param);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("The bulk download could not be read", e));
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
