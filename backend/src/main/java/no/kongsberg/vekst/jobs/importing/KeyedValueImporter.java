package no.kongsberg.vekst.jobs.importing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.kongsberg.vekst.imports.CopyRows;
import no.kongsberg.vekst.imports.ImportCounts;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportOutcome;
import no.kongsberg.vekst.imports.ImportRunService;
import no.kongsberg.vekst.imports.MunicipalityCodes;

/**
 * A set-based import of keyed values (persons per key) on one connection inside the caller's
 * transaction: the file's values are COPYed into a staging table as they are read, municipality codes resolved
 * (current or former), the same key given twice with different values rejected, and the rest
 * diffed against the stored table: inserts, updates (each audited with its old and new value) and
 * unchanged values. Any rejection leaves the caller to roll back.
 */
public final class KeyedValueImporter {

    /** Reads a file into the sink; returns the number of rows (or cells) read. */
    @FunctionalInterface
    public interface Parser {
        long parse(ValueSink sink) throws IOException;
    }

    private static final int PROGRESS_EVERY = 5000;

    private final Connection connection;
    private final ValueTable table;
    private final UUID runId;
    private final String source;
    private final String actor;
    private final String address;

    public KeyedValueImporter(Connection connection, ValueTable table, UUID runId, String source, String actor, String address) {
        this.connection = connection;
        this.table = table;
        this.runId = runId;
        this.source = source;
        this.actor = actor;
        this.address = address;
    }

    public ImportOutcome run(Parser parser, LongConsumer progress) throws SQLException, IOException {
        // One import of a table at a time: two parallel imports of one file never interleave.
        execute("SELECT pg_advisory_xact_lock(hashtext('vekst-import-" + table.table() + "'))");
        List<ValueTable.Key> keys = table.keys();
        execute("CREATE TEMP TABLE jv_staging (row_no bigint, "
                + IntStream.range(0, keys.size()).mapToObj(i -> "k" + i + " text").collect(Collectors.joining(", "))
                + ", persons integer, missing varchar(2)) ON COMMIT DROP");
        Staging staging = new Staging(progress);
        long rows;
        try (CopyRows copy = new CopyRows(connection, "jv_staging")) {
            staging.copy = copy;
            rows = parser.parse(staging);
            copy.finish();
        }
        List<ImportMessage> errors = new ArrayList<>(staging.errors);
        long rejected = staging.rejected;
        if (rejected == 0) {
            MunicipalityCodes.resolve(connection, "jv_codes", staging.codes);
            rejected += unresolvedCodes(errors);
        }
        if (rejected == 0) {
            classify();
            rejected += conflicts(errors);
        }
        if (rejected > 0) {
            return new ImportOutcome(rows, new ImportCounts(0, 0, 0, rejected, 0), cap(errors), List.of());
        }
        ImportCounts counts = counts();
        audit();
        write();
        return new ImportOutcome(rows, counts, List.of(), cap(staging.warnings));
    }

    private static List<ImportMessage> cap(List<ImportMessage> messages) {
        return List.copyOf(messages.subList(0, Math.min(messages.size(), ImportRunService.MAX_MESSAGES)));
    }

    private long unresolvedCodes(List<ImportMessage> errors) throws SQLException {
        List<ValueTable.Key> keys = table.keys();
        String unresolved = IntStream.range(0, keys.size()).filter(i -> keys.get(i).municipality())
                .mapToObj(i -> "SELECT s.row_no, '" + keys.get(i).column() + "' AS field, s.k" + i + " AS code FROM jv_staging s "
                        + "JOIN jv_codes c ON c.code = s.k" + i + " WHERE c.municipality_id IS NULL")
                .collect(Collectors.joining(" UNION ALL "));
        if (unresolved.isEmpty()) {
            return 0;
        }
        long total = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT row_no, field, code, count(*) OVER () AS total FROM (" + unresolved
                        + ") u ORDER BY row_no LIMIT " + ImportRunService.MAX_MESSAGES)) {
            while (rs.next()) {
                total = rs.getLong("total");
                errors.add(new ImportMessage(rs.getLong("row_no"), rs.getString("field"), "unknown-municipality",
                        "No municipality has or had the code " + rs.getString("code") + "."));
            }
        }
        return total;
    }

    /** One row per distinct key beside what is stored: insert ('i'), update ('u') or unchanged ('n'). */
    private void classify() throws SQLException {
        List<ValueTable.Key> keys = table.keys();
        StringBuilder joins = new StringBuilder();
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            ValueTable.Key key = keys.get(i);
            if (key.municipality()) {
                joins.append(" JOIN jv_codes c").append(i).append(" ON c").append(i).append(".code = s.k").append(i);
                resolved.add("c" + i + ".municipality_id AS " + key.stored());
            } else {
                resolved.add("s.k" + i + "::" + key.sqlType() + " AS " + key.stored());
            }
        }
        String stored = keys.stream().map(ValueTable.Key::stored).collect(Collectors.joining(", "));
        String label = IntStream.range(0, keys.size()).mapToObj(i -> "s.k" + i).collect(Collectors.joining(", ", "concat_ws('/', ", ")"));
        String on = keys.stream().map(k -> "t." + k.stored() + " = g." + k.stored()).collect(Collectors.joining(" AND "));
        execute("""
                CREATE TEMP TABLE jv_incoming ON COMMIT DROP AS
                SELECT g.*, (CASE WHEN t.%1$s IS NULL THEN 'i'
                                  WHEN t.persons IS NOT DISTINCT FROM g.persons AND t.missing IS NOT DISTINCT FROM g.missing THEN 'n'
                                  ELSE 'u' END)::char(1) AS change,
                       t.persons AS old_persons, t.missing AS old_missing, t.import_run_id AS old_run
                FROM (
                    SELECT %2$s, min(r.row_no) AS row_no, max(r.row_no) AS last_row, min(r.label) AS label,
                           min(r.persons) AS persons, min(r.missing) AS missing,
                           (min(r.persons) IS DISTINCT FROM max(r.persons) OR min(r.missing) IS DISTINCT FROM max(r.missing)
                            OR count(r.persons) NOT IN (0, count(*))) AS conflicting
                    FROM (SELECT %3$s, s.row_no, %4$s AS label, s.persons, s.missing FROM jv_staging s%5$s) r
                    GROUP BY %2$s
                ) g LEFT JOIN %6$s t ON %7$s""".formatted(keys.get(0).stored(), stored, String.join(", ", resolved), label,
                joins, table.table(), on));
    }

    private long conflicts(List<ImportMessage> errors) throws SQLException {
        long total = 0;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT last_row, label, count(*) OVER () AS total FROM jv_incoming WHERE conflicting "
                        + "ORDER BY last_row LIMIT " + ImportRunService.MAX_MESSAGES)) {
            while (rs.next()) {
                total = rs.getLong("total");
                errors.add(new ImportMessage(rs.getLong("last_row"), "persons", "conflicting-values",
                        "The file gives " + rs.getString("label") + " two different values."));
            }
        }
        return total;
    }

    private ImportCounts counts() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FILTER (WHERE change = 'i'), count(*) FILTER (WHERE change = 'u'), "
                        + "count(*) FILTER (WHERE change = 'n') FROM jv_incoming")) {
            rs.next();
            return new ImportCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), 0, 0);
        }
    }

    /** One audit entry per changed value, with the old and new value (or missing reason) and import run. */
    private void audit() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO audit_entry (at, actor, action, entity, entity_id, address, changes)
                SELECT now(), ?, 'update', ?, i.label, ?,
                       jsonb_build_object('persons', jsonb_build_object('before', coalesce(to_jsonb(i.old_persons), to_jsonb(i.old_missing)),
                                                                        'after', coalesce(to_jsonb(i.persons), to_jsonb(i.missing))),
                                          'importRun', jsonb_build_object('before', to_jsonb(i.old_run), 'after', to_jsonb(?::text)))
                FROM jv_incoming i WHERE i.change = 'u'""")) {
            s.setString(1, actor);
            s.setString(2, table.auditEntity());
            s.setString(3, address);
            s.setString(4, runId.toString());
            s.executeUpdate();
        }
    }

    private void write() throws SQLException {
        String stored = table.keys().stream().map(ValueTable.Key::stored).collect(Collectors.joining(", "));
        String on = table.keys().stream().map(k -> "t." + k.stored() + " = i." + k.stored()).collect(Collectors.joining(" AND "));
        update("INSERT INTO %1$s (%2$s, persons, missing, source, import_run_id, updated_at) SELECT %2$s, persons, missing, ?, ?, now() "
                .formatted(table.table(), stored) + "FROM jv_incoming WHERE change = 'i'");
        update("UPDATE %s t SET persons = i.persons, missing = i.missing, source = ?, import_run_id = ?, updated_at = now() "
                .formatted(table.table()) + "FROM jv_incoming i WHERE i.change = 'u' AND " + on);
    }

    /** Runs a write whose two parameters are the source and this run's id. */
    private void update(String sql) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, source);
            s.setObject(2, runId);
            s.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    /** Collects the file's values into the staging table, with the codes, rejections and warnings. */
    private final class Staging implements ValueSink {

        private final LongConsumer progress;
        /** The staging table's COPY, open while the file is read. */
        private CopyRows copy;
        private long rejected;
        private final List<ImportMessage> errors = new ArrayList<>();
        private final List<ImportMessage> warnings = new ArrayList<>();
        private final Map<String, Set<String>> codes = new LinkedHashMap<>();
        private final int[] municipalityKeys = IntStream.range(0, table.keys().size())
                .filter(i -> table.keys().get(i).municipality()).toArray();

        Staging(LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void accept(StagedValue value) {
            Object[] row = new Object[value.keys().size() + 3];
            row[0] = value.row();
            for (int i = 0; i < value.keys().size(); i++) {
                row[i + 1] = value.keys().get(i);
            }
            row[row.length - 2] = value.persons();
            row[row.length - 1] = value.missing();
            copy.row(row);
            for (int i : municipalityKeys) {
                codes.computeIfAbsent(value.keys().get(i), c -> new HashSet<>());
            }
            if (copy.rows() % PROGRESS_EVERY == 0) {
                progress.accept(copy.rows());
            }
        }

        @Override
        public void label(String code, String label) {
            codes.computeIfAbsent(code, c -> new HashSet<>()).add(label);
        }

        @Override
        public void reject(long row, String field, String code, String message) {
            rejected++;
            if (errors.size() < ImportRunService.MAX_MESSAGES) {
                // Row 0 is the file as a whole (its structure), not a row of it.
                errors.add(new ImportMessage(row > 0 ? row : null, field, code, message));
            }
        }

        @Override
        public void warn(Long row, String field, String code, String message) {
            if (warnings.size() < ImportRunService.MAX_MESSAGES) {
                warnings.add(new ImportMessage(row, field, code, message));
            }
        }
    }
}
