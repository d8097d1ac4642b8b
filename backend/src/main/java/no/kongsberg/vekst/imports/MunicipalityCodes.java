package no.kongsberg.vekst.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the municipality codes of an import, once per distinct code: into a temporary table
 * `(code, label, municipality_id)` that the import joins its staged values with. A code finds its
 * municipality by the current or any former code. An unknown code with a label (JSON-stat names
 * its regions) creates the municipality, unverified; without one (CSV) it stays unresolved
 * (municipality_id null) for the import to reject.
 */
public final class MunicipalityCodes {

    private MunicipalityCodes() {
    }

    /** Creates the temporary table {@code table} (dropped on commit) with every code resolved where possible. */
    public static void resolve(Connection connection, String table, Map<String, Set<String>> labelsByCode) throws SQLException {
        List<String> codeColumn = new ArrayList<>();
        List<String> labelColumn = new ArrayList<>();
        labelsByCode.forEach((code, labels) -> {
            if (labels.isEmpty()) {
                codeColumn.add(code);
                labelColumn.add(null);
            }
            labels.forEach(label -> {
                codeColumn.add(code);
                labelColumn.add(label);
            });
        });
        try (PreparedStatement s = connection.prepareStatement("""
                CREATE TEMP TABLE %s ON COMMIT DROP AS
                SELECT code::varchar(4) AS code, max(label) AS label, NULL::bigint AS municipality_id
                FROM unnest(?::text[], ?::text[]) AS c (code, label) GROUP BY code""".formatted(table))) {
            s.setArray(1, connection.createArrayOf("text", codeColumn.toArray()));
            s.setArray(2, connection.createArrayOf("text", labelColumn.toArray()));
            s.execute();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("UPDATE %s c SET municipality_id = m.id FROM municipality m WHERE m.code = c.code".formatted(table));
            s.execute("""
                    UPDATE %1$s p SET municipality_id = (SELECT c.municipality_id FROM municipality_code c WHERE c.code = p.code
                                                         ORDER BY c.valid_to DESC NULLS FIRST LIMIT 1)
                    WHERE p.municipality_id IS NULL""".formatted(table));
            s.execute("""
                    WITH created AS (
                        INSERT INTO municipality (code, name, county_code, county, verified)
                        SELECT u.code, u.label, left(u.code, 2),
                               coalesce((SELECT m.county FROM municipality m WHERE m.county_code = left(u.code, 2) LIMIT 1), 'Ukjent'),
                               false
                        FROM %1$s u WHERE u.municipality_id IS NULL AND u.label IS NOT NULL RETURNING id, code
                    ), codes AS (
                        INSERT INTO municipality_code (municipality_id, code) SELECT id, code FROM created RETURNING municipality_id
                    )
                    UPDATE %1$s p SET municipality_id = c.id FROM created c WHERE p.code = c.code""".formatted(table));
        }
    }
}
