package no.kongsberg.vekst.population.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.kongsberg.vekst.imports.ImportCounts;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportRunService;
import org.postgresql.PGConnection;

/**
 * The set-based heart of a population import, on one connection inside the caller's transaction:
 * COPY the parsed values into a staging table, resolve municipalities (current or former codes),
 * refuse the file on any rejected value, diff against what is stored, write inserts and updates
 * with an audit entry for every changed value, compute adjustments between stocks and flows, and
 * flag doubtful values. The caller commits, or rolls back for a dry run or a rejection.
 */
public final class PopulationImporter {

    /** Reads a file into the sink; returns the number of rows (or observations) read. */
    @FunctionalInterface
    public interface Parser {
        long parse(PopulationValueSink sink) throws Exception;
    }

    public record Outcome(long processed, ImportCounts counts, List<ImportMessage> errors, List<ImportMessage> warnings) {
        public boolean rejected() {
            return !errors.isEmpty();
        }
    }

    /** A yearly stock moving more than this (in %) with no flows to explain it is implausible. */
    static final double IMPLAUSIBLE_YEARLY_PERCENT = 5.0;
    /** The quarterly equivalent. */
    static final double IMPLAUSIBLE_QUARTERLY_PERCENT = 1.25;

    private final Connection connection;
    private final UUID runId;
    private final String source;
    private final String actor;
    private final String address;

    public PopulationImporter(Connection connection, UUID runId, String source, String actor, String address) {
        this.connection = connection;
        this.runId = runId;
        this.source = source;
        this.actor = actor;
        this.address = address;
    }

    public Outcome run(Parser parser, LongConsumer progress) throws Exception {
        // One population import at a time: two parallel imports of one file never interleave.
        execute("SELECT pg_advisory_xact_lock(hashtext('vekst-population-import'))");
        execute("""
                CREATE TEMP TABLE pop_staging (
                    row_no bigint, code varchar(4), label text, kind char(1), at varchar(10), variant varchar(20),
                    field varchar(20), value bigint, missing varchar(2), municipality_id bigint
                ) ON COMMIT DROP""");
        long rows;
        List<ImportMessage> errors = new ArrayList<>();
        long rejectedValues;
        try (StagingWriter staging = new StagingWriter(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY pop_staging (row_no, code, label, kind, at, variant, field, value, missing) FROM STDIN"), progress)) {
            rows = parser.parse(staging);
            staging.finish();
            errors.addAll(staging.rejections());
            rejectedValues = staging.rejectedCount();
        }
        execute("ANALYZE pop_staging");
        rejectedValues += resolveMunicipalities(errors);
        rejectedValues += rejectConflictingDuplicates(errors);
        if (rejectedValues > 0) {
            return new Outcome(rows, new ImportCounts(0, 0, 0, rejectedValues, 0), errors, List.of());
        }
        execute("""
                CREATE TEMP TABLE pop_incoming ON COMMIT DROP AS
                SELECT DISTINCT ON (municipality_id, kind, at, variant, field)
                       min(row_no) OVER (PARTITION BY municipality_id, kind, at, variant, field) AS row_no,
                       municipality_id, kind, at, variant, field, value, missing, 'i'::char(1) AS change
                FROM pop_staging ORDER BY municipality_id, kind, at, variant, field""");
        classifyChanges();
        ImportCounts diff = countChanges();
        auditUpdates();
        applyChanges();
        List<ImportMessage> warnings = new ArrayList<>();
        recordAdjustmentsAndSeriesBreaks(warnings);
        flagImplausibleChanges(warnings);
        long flagged = countFlagsOfThisRun();
        return new Outcome(rows, new ImportCounts(diff.inserted(), diff.updated(), diff.unchanged(), 0, flagged), List.of(),
                warnings.subList(0, Math.min(warnings.size(), ImportRunService.MAX_MESSAGES)));
    }

    /**
     * Finds each value's municipality by its current or any former code. An unknown code with a
     * label (JSON-stat names its regions) creates the municipality, unverified; without one (CSV)
     * the rows are rejected. Returns the number of rejected values.
     */
    private long resolveMunicipalities(List<ImportMessage> errors) throws SQLException {
        execute("UPDATE pop_staging s SET municipality_id = m.id FROM municipality m WHERE m.code = s.code");
        execute("""
                UPDATE pop_staging s SET municipality_id = c.municipality_id FROM municipality_code c
                WHERE s.municipality_id IS NULL AND c.code = s.code""");
        execute("""
                WITH unknown AS (
                    SELECT code, max(label) AS label FROM pop_staging
                    WHERE municipality_id IS NULL AND label IS NOT NULL GROUP BY code
                ), created AS (
                    INSERT INTO municipality (code, name, county_code, county, verified)
                    SELECT u.code, u.label, left(u.code, 2),
                           coalesce((SELECT m.county FROM municipality m WHERE m.county_code = left(u.code, 2) LIMIT 1), 'Ukjent'),
                           false
                    FROM unknown u RETURNING id, code
                ), codes AS (
                    INSERT INTO municipality_code (municipality_id, code) SELECT id, code FROM created RETURNING municipality_id
                )
                UPDATE pop_staging s SET municipality_id = c.id FROM created c WHERE s.code = c.code""");
        long rejected = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT row_no, code, count(*) OVER () AS total FROM pop_staging WHERE municipality_id IS NULL
                        ORDER BY row_no LIMIT %d""".formatted(ImportRunService.MAX_MESSAGES))) {
            while (rs.next()) {
                rejected = rs.getLong("total");
                errors.add(new ImportMessage(rs.getLong("row_no"), "municipality", "unknown-municipality",
                        "No municipality has or had the code " + rs.getString("code") + "."));
            }
        }
        return rejected;
    }

    /** The same value twice with different figures (e.g. a year's end and the next year's start). */
    private long rejectConflictingDuplicates(List<ImportMessage> errors) throws SQLException {
        long rejected = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT max(row_no) AS row_no, field, kind, at, code, count(*) OVER () AS total
                        FROM pop_staging
                        GROUP BY municipality_id, kind, at, variant, field, code
                        HAVING count(DISTINCT (value, missing)) > 1
                        ORDER BY 1 LIMIT %d""".formatted(ImportRunService.MAX_MESSAGES))) {
            while (rs.next()) {
                rejected = rs.getLong("total");
                errors.add(new ImportMessage(rs.getLong("row_no"), fieldName(rs.getString("kind"), rs.getString("field")),
                        "conflicting-values", "The file gives " + rs.getString("code") + " two different values for "
                                + rs.getString("field") + " at " + rs.getString("at") + "."));
            }
        }
        return rejected;
    }

    /** Every incoming value starts as an insert ('i'); those already stored become unchanged ('n') or updates ('u'). */
    private void classifyChanges() throws SQLException {
        execute("""
                UPDATE pop_incoming i SET change = CASE
                    WHEN p.population IS NOT DISTINCT FROM i.value AND p.missing IS NOT DISTINCT FROM i.missing THEN 'n'
                    ELSE 'u' END
                FROM population_stock p
                WHERE i.kind = 's' AND p.municipality_id = i.municipality_id AND p.date = i.at::date AND p.variant = i.variant""");
        execute("""
                UPDATE pop_incoming i SET change = CASE
                    WHEN p.value IS NOT DISTINCT FROM i.value AND p.missing IS NOT DISTINCT FROM i.missing THEN 'n'
                    ELSE 'u' END
                FROM population_flow p
                WHERE i.kind = 'f' AND p.municipality_id = i.municipality_id AND p.period = i.at AND p.variant = i.variant
                  AND p.field = i.field""");
    }

    private ImportCounts countChanges() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT count(*) FILTER (WHERE change = 'i'), count(*) FILTER (WHERE change = 'u'),
                               count(*) FILTER (WHERE change = 'n') FROM pop_incoming""")) {
            rs.next();
            return new ImportCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), 0, 0);
        }
    }

    /** One audit entry per changed value, with the old and new value (and missing reason). */
    private void auditUpdates() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO audit_entry (at, actor, action, entity, entity_id, address, changes)
                SELECT now(), ?, 'update', 'population-stock', m.code || '/' || i.at || '/' || i.variant, ?,
                       jsonb_build_object('population', jsonb_build_object('before', coalesce(to_jsonb(p.population), to_jsonb(p.missing)),
                                                                          'after', coalesce(to_jsonb(i.value), to_jsonb(i.missing))),
                                          'importRun', jsonb_build_object('before', to_jsonb(p.import_run_id), 'after', to_jsonb(?::text)))
                FROM pop_incoming i JOIN municipality m ON m.id = i.municipality_id
                JOIN population_stock p ON p.municipality_id = i.municipality_id AND p.date = i.at::date AND p.variant = i.variant
                WHERE i.kind = 's' AND i.change = 'u'
                UNION ALL
                SELECT now(), ?, 'update', 'population-flow', m.code || '/' || i.at || '/' || i.variant || '/' || i.field, ?,
                       jsonb_build_object(i.field, jsonb_build_object('before', coalesce(to_jsonb(p.value), to_jsonb(p.missing)),
                                                                      'after', coalesce(to_jsonb(i.value), to_jsonb(i.missing))),
                                          'importRun', jsonb_build_object('before', to_jsonb(p.import_run_id), 'after', to_jsonb(?::text)))
                FROM pop_incoming i JOIN municipality m ON m.id = i.municipality_id
                JOIN population_flow p ON p.municipality_id = i.municipality_id AND p.period = i.at AND p.variant = i.variant
                  AND p.field = i.field
                WHERE i.kind = 'f' AND i.change = 'u'""")) {
            s.setString(1, actor);
            s.setString(2, address);
            s.setString(3, runId.toString());
            s.setString(4, actor);
            s.setString(5, address);
            s.setString(6, runId.toString());
            s.executeUpdate();
        }
    }

    private void applyChanges() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO population_stock (municipality_id, date, variant, population, missing, source, import_run_id, updated_at)
                SELECT municipality_id, at::date, variant, value, missing, ?, ?, now() FROM pop_incoming
                WHERE kind = 's' AND change IN ('i', 'u')
                ON CONFLICT (municipality_id, date, variant) DO UPDATE SET population = EXCLUDED.population,
                    missing = EXCLUDED.missing, source = EXCLUDED.source, import_run_id = EXCLUDED.import_run_id,
                    updated_at = EXCLUDED.updated_at""")) {
            s.setString(1, source);
            s.setObject(2, runId);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO population_flow (municipality_id, period, variant, field, value, missing, source, import_run_id, updated_at)
                SELECT municipality_id, at, variant, field, value, missing, ?, ?, now() FROM pop_incoming
                WHERE kind = 'f' AND change IN ('i', 'u')
                ON CONFLICT (municipality_id, period, variant, field) DO UPDATE SET value = EXCLUDED.value,
                    missing = EXCLUDED.missing, source = EXCLUDED.source, import_run_id = EXCLUDED.import_run_id,
                    updated_at = EXCLUDED.updated_at""")) {
            s.setString(1, source);
            s.setObject(2, runId);
            s.executeUpdate();
        }
    }

    /**
     * For every period this import touched that has both bounding stocks and flows enough to
     * explain the change, the residual (end − start − explained change) is stored as the period's
     * `adjustment`. Residuals above max(10 persons, 0.1 % of the population) are series breaks,
     * flagged for review on the end stock.
     */
    private void recordAdjustmentsAndSeriesBreaks(List<ImportMessage> warnings) throws SQLException {
        execute("""
                CREATE TEMP TABLE pop_periods ON COMMIT DROP AS
                WITH touched AS (
                    SELECT DISTINCT municipality_id, variant, at AS period FROM pop_incoming WHERE kind = 'f' AND change <> 'n'
                    UNION
                    SELECT DISTINCT i.municipality_id, i.variant, f.period FROM pop_incoming i
                    JOIN population_flow f ON f.municipality_id = i.municipality_id AND f.variant = i.variant
                    WHERE i.kind = 's' AND i.change <> 'n'
                      AND (i.at::date = vekst_period_start(f.period) OR i.at::date = vekst_period_end(f.period))
                ), flows AS (
                    SELECT t.municipality_id, t.variant, t.period,
                           max(f.value) FILTER (WHERE f.field = 'growth') AS growth,
                           max(f.value) FILTER (WHERE f.field = 'births') AS births,
                           max(f.value) FILTER (WHERE f.field = 'deaths') AS deaths,
                           max(f.value) FILTER (WHERE f.field = 'netMigration') AS net_migration,
                           max(f.value) FILTER (WHERE f.field = 'inMigration') AS in_migration,
                           max(f.value) FILTER (WHERE f.field = 'outMigration') AS out_migration,
                           max(f.value) FILTER (WHERE f.field = 'immigration') AS immigration,
                           max(f.value) FILTER (WHERE f.field = 'emigration') AS emigration
                    FROM touched t JOIN population_flow f
                      ON f.municipality_id = t.municipality_id AND f.variant = t.variant AND f.period = t.period
                    GROUP BY t.municipality_id, t.variant, t.period
                )
                SELECT fl.municipality_id, fl.variant, fl.period, s0.population AS start_population,
                       s1.population AS end_population, vekst_period_end(fl.period) AS end_date,
                       (s1.population - s0.population) - coalesce(fl.growth, fl.births - fl.deaths + fl.net_migration,
                           fl.births - fl.deaths + fl.in_migration - fl.out_migration + fl.immigration - fl.emigration) AS residual
                FROM flows fl
                JOIN population_stock s0 ON s0.municipality_id = fl.municipality_id AND s0.variant = fl.variant
                     AND s0.date = vekst_period_start(fl.period)
                JOIN population_stock s1 ON s1.municipality_id = fl.municipality_id AND s1.variant = fl.variant
                     AND s1.date = vekst_period_end(fl.period)""");
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO population_flow (municipality_id, period, variant, field, value, source, import_run_id, updated_at)
                SELECT municipality_id, period, variant, 'adjustment', residual, 'computed: stocks and flows', ?, now()
                FROM pop_periods WHERE residual IS NOT NULL
                ON CONFLICT (municipality_id, period, variant, field) DO UPDATE SET value = EXCLUDED.value,
                    import_run_id = EXCLUDED.import_run_id, updated_at = EXCLUDED.updated_at
                WHERE population_flow.value IS DISTINCT FROM EXCLUDED.value""")) {
            s.setObject(1, runId);
            s.executeUpdate();
        }
        insertFlags(warnings, """
                SELECT p.municipality_id, p.variant, 'stock', p.end_date::text, 'population', p.end_population::integer,
                       'series-break', p.residual::integer,
                       m.code || ': the stocks of ' || p.period || ' (' || p.start_population || ' → ' || p.end_population
                           || ') differ from its flows by ' || p.residual || ' persons.' AS detail
                FROM pop_periods p JOIN municipality m ON m.id = p.municipality_id
                WHERE p.residual IS NOT NULL AND abs(p.residual) > greatest(10, 0.001 * p.start_population)""");
    }

    /**
     * A stock that moved more than 5 % from the stock a year before (1.25 % from a quarter before)
     * with no flows for the period between them.
     */
    private void flagImplausibleChanges(List<ImportMessage> warnings) throws SQLException {
        insertFlags(warnings, """
                WITH touched AS (
                    SELECT DISTINCT municipality_id, variant, at::date AS date FROM pop_incoming WHERE kind = 's' AND change <> 'n'
                ), pairs AS (
                    SELECT a.municipality_id, a.variant, a.date AS from_date, b.date AS to_date, a.population AS from_population,
                           b.population AS to_population,
                           CASE WHEN b.date = a.date + interval '1 year' THEN %s ELSE %s END AS limit_percent,
                           CASE WHEN b.date = a.date + interval '1 year' AND extract(doy FROM a.date) = 1
                                     THEN extract(year FROM a.date)::text
                                WHEN b.date = a.date + interval '3 months' AND extract(day FROM a.date) = 1
                                     AND extract(month FROM a.date) IN (1, 4, 7, 10)
                                     THEN extract(year FROM a.date)::text || '-Q' || extract(quarter FROM a.date)::text
                           END AS period
                    FROM population_stock a JOIN population_stock b
                      ON b.municipality_id = a.municipality_id AND b.variant = a.variant
                     AND (b.date = a.date + interval '1 year' OR b.date = a.date + interval '3 months')
                    WHERE a.population > 0 AND b.population IS NOT NULL
                      AND EXISTS (SELECT 1 FROM touched t WHERE t.municipality_id = a.municipality_id AND t.variant = a.variant
                                  AND t.date IN (a.date, b.date))
                )
                SELECT p.municipality_id, p.variant, 'stock', p.to_date::text, 'population', p.to_population, 'implausible-change',
                       NULL::integer,
                       m.code || ' changed by ' || round(100.0 * (p.to_population - p.from_population) / p.from_population, 1)
                           || ' %% from ' || p.from_date || ' to ' || p.to_date || ' with no flows to explain it.'
                FROM pairs p JOIN municipality m ON m.id = p.municipality_id
                WHERE abs(100.0 * (p.to_population - p.from_population) / p.from_population) > p.limit_percent
                  AND NOT EXISTS (SELECT 1 FROM population_flow f WHERE f.municipality_id = p.municipality_id
                                  AND f.variant = p.variant AND f.period = p.period AND f.field <> 'adjustment'
                                  AND f.value IS NOT NULL)""".formatted(IMPLAUSIBLE_YEARLY_PERCENT, IMPLAUSIBLE_QUARTERLY_PERCENT));
    }

    /**
     * Inserts the flags the query finds (columns: municipality_id, variant, kind, at, field, value,
     * rule, adjustment, detail), unless the same value already has an open or accepted flag of that
     * rule, and adds them to the run's warnings with the file row of the value.
     */
    private void insertFlags(List<ImportMessage> warnings, String findings) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                WITH found (municipality_id, variant, kind, at, field, value, rule, adjustment, detail) AS (%s),
                inserted AS (
                    INSERT INTO population_flag (id, municipality_id, variant, kind, at, field, value, rule, detail, adjustment,
                                                 status, import_run_id, created_at)
                    SELECT gen_random_uuid(), f.municipality_id, f.variant, f.kind, f.at, f.field, f.value, f.rule, f.detail,
                           f.adjustment, 'open', ?, now()
                    FROM found f
                    WHERE NOT EXISTS (SELECT 1 FROM population_flag x WHERE x.municipality_id = f.municipality_id
                                      AND x.variant = f.variant AND x.kind = f.kind AND x.at = f.at AND x.field = f.field
                                      AND x.rule = f.rule AND x.value IS NOT DISTINCT FROM f.value AND x.status IN ('open', 'accepted'))
                    RETURNING municipality_id, variant, at, field, rule, detail
                )
                SELECT (SELECT min(i.row_no) FROM pop_incoming i WHERE i.municipality_id = n.municipality_id
                          AND i.variant = n.variant AND i.kind = 's' AND i.at = n.at) AS row_no,
                       n.field, n.rule, n.detail
                FROM inserted n ORDER BY 1 NULLS LAST""".formatted(findings))) {
            s.setObject(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long row = rs.getLong(1);
                    warnings.add(new ImportMessage(rs.wasNull() ? null : row, rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
    }

    private long countFlagsOfThisRun() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM population_flag WHERE import_run_id = ?")) {
            s.setObject(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String fieldName(String kind, String field) {
        return "s".equals(kind) ? "population" : field;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
