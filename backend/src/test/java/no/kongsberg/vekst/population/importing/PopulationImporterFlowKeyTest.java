package no.kongsberg.vekst.population.importing;

import no.kongsberg.vekst.imports.ImportOutcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A first import into an empty population_flow drops the table's primary key for the bulk write
 * and builds it again (bench/README.md); the key is back, enforced, after the import and after a
 * rollback (a dry run). Each test works in one transaction that it rolls back, on a table it
 * empties only inside that transaction, so the other tests' data is untouched.
 */
@QuarkusTest
class PopulationImporterFlowKeyTest {

    private static final String CSV = "municipality;period;variant;populationStart;births;deaths;netMigration;populationEnd\n"
            + "1505;2021;corrected;8000;50;40;10;8025\n"
            + "1505;2022;corrected;8025;40;45;5;8030\n";
    private static final String KEY = "PRIMARY KEY (municipality_id, period, variant, field)";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFirstImportIntoAnEmptyTableRebuildsTheFlowsKeyAndARollbackRestoresTheOldOne() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long keyBefore = keyOid(c);
                long flowsBefore = count(c, "SELECT count(*) FROM population_flow");
                execute(c, "DELETE FROM population_flow");

                ImportOutcome outcome = importCsv(c);

                assertFalse(outcome.rejected());
                assertEquals(6, count(c, "SELECT count(*) FROM population_flow WHERE field <> 'adjustment'"));
                // 2021: 8025 − 8000 − (50 − 40 + 10) = 5; 2022: 8030 − 8025 − (40 − 45 + 5) = 5.
                assertEquals(List.of("2021=5", "2022=5"), adjustments(c));
                assertNotEquals(keyBefore, keyOid(c), "the key was dropped and built again");
                assertEquals(KEY, keyDefinition(c));
                Savepoint savepoint = c.setSavepoint();
                SQLException duplicate = assertThrows(SQLException.class, () -> execute(c, """
                        INSERT INTO population_flow (municipality_id, period, variant, field, value, source)
                        SELECT municipality_id, period, variant, field, value, source FROM population_flow LIMIT 1"""));
                assertEquals("23505", duplicate.getSQLState());
                c.rollback(savepoint);

                c.rollback();
                assertEquals(keyBefore, keyOid(c), "the rollback restores the original key");
                assertEquals(KEY, keyDefinition(c));
                assertEquals(flowsBefore, count(c, "SELECT count(*) FROM population_flow"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void anImportIntoATableWithFlowsKeepsTheKey() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long keyBefore = keyOid(c);
                execute(c, "DELETE FROM population_flow");
                execute(c, """
                        INSERT INTO population_flow (municipality_id, period, variant, field, value, source)
                        SELECT id, '2020', 'corrected', 'births', 1, 'test' FROM municipality WHERE code = '1505'""");

                ImportOutcome outcome = importCsv(c);

                assertFalse(outcome.rejected());
                assertEquals(List.of("2021=5", "2022=5"), adjustments(c));
                assertEquals(keyBefore, keyOid(c), "the key was kept");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private static ImportOutcome importCsv(Connection c) throws Exception {
        return new PopulationImporter(c, UUID.randomUUID(), "test.csv", "editor", "127.0.0.1")
                .run(sink -> PopulationCsvReader.read(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), sink),
                        processed -> { });
    }

    private static List<String> adjustments(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT f.period || '=' || f.value FROM population_flow f JOIN municipality m ON m.id = f.municipality_id
                        WHERE m.code = '1505' AND f.variant = 'corrected' AND f.field = 'adjustment' ORDER BY f.period""")) {
            List<String> found = new java.util.ArrayList<>();
            while (rs.next()) {
                found.add(rs.getString(1));
            }
            return found;
        }
    }

    private static long keyOid(Connection c) throws SQLException {
        return count(c, "SELECT oid FROM pg_constraint WHERE conname = 'population_flow_pkey' AND conrelid = 'population_flow'::regclass");
    }

    private static String keyDefinition(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT pg_get_constraintdef(oid) FROM pg_constraint
                        WHERE conname = 'population_flow_pkey' AND conrelid = 'population_flow'::regclass""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
