package no.kongsberg.vekst.jobs.enterprises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.Function;
import java.util.UUID;
import java.util.function.LongConsumer;
import no.kongsberg.vekst.imports.CopyRows;
import no.kongsberg.vekst.imports.ImportCounts;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportOutcome;
import no.kongsberg.vekst.imports.ImportRunService;
import no.kongsberg.vekst.imports.MunicipalityCodes;
import no.kongsberg.vekst.platform.OrganisationNumbers;

/**
 * One enterprise import on one connection inside the import's transaction. Units (a search page or
 * the bulk download) are streamed with COPY into a staging table and merged set-based: inserted,
 * updated with one audit entry per changed unit, or left unchanged. Updates (the update stream)
 * are applied one by one in the order of their update id: deletions set the deletion date, JSON
 * Patch changes are applied to the stored unit, and the stream's cursor advances. Any rejected
 * unit or update rejects the file; the caller rolls back.
 */
final class EnterpriseImporter {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Set<String> CHANGE_TYPES = Set.of("Ny", "Endring", "Sletting", "Fjernet", "Ukjent");
    private static final long PROGRESS_EVERY = 50_000;

    /** The stored columns that make a unit, as the audit log names them. */
    private static final Map<String, String> AUDITED = new LinkedHashMap<>();

    static {
        AUDITED.put("name", "name");
        AUDITED.put("organisationForm", "organisation_form");
        AUDITED.put("registeredOn", "registered_on");
        AUDITED.put("foundedOn", "founded_on");
        AUDITED.put("naceCode", "nace_code");
        AUDITED.put("classification", "classification");
        AUDITED.put("section", "section");
        AUDITED.put("municipalityCode", "municipality_code");
        AUDITED.put("employees", "employees");
        AUDITED.put("deletedOn", "deleted_on");
    }

    private final Connection connection;
    private final UUID runId;
    private final String source;
    private final String actor;
    private final String address;
    private final String classification;
    /** The id of the municipality with a current or former code, or null. */
    private final Function<String, Long> municipalityIds;

    private final List<ImportMessage> errors = new ArrayList<>();
    private final List<ImportMessage> warnings = new ArrayList<>();
    private long rejected;
    private long withoutAddress;
    private final List<Update> updates = new ArrayList<>();

    EnterpriseImporter(Connection connection, UUID runId, String source, String actor, String address, String classification,
            Function<String, Long> municipalityIds) {
        this.municipalityIds = municipalityIds;
        this.connection = connection;
        this.runId = runId;
        this.source = source;
        this.actor = actor;
        this.address = address;
        this.classification = classification;
    }

    /** One entry of the update stream, checked. */
    private record Update(long row, long id, OffsetDateTime at, String organisationNumber, String type, JsonNode changes) {
    }

    ImportOutcome run(InputStream file, LongConsumer progress) throws SQLException, IOException {
        // One enterprise import at a time: two runs never interleave their diffs.
        execute("SELECT pg_advisory_xact_lock(hashtext('vekst-enterprise-import'))");
        execute("SET LOCAL work_mem = '128MB'");
        execute("""
                CREATE TEMP TABLE ent_staging (
                    row_no bigint, organisation_number char(9), name text, organisation_form text, registered_on date,
                    founded_on date, nace_code text, section text, municipality_code text, employees integer, deleted_on date
                ) ON COMMIT DROP""");
        long read;
        Staging staged;
        try (Staging staging = new Staging(new CopyRows(connection, "ent_staging"), progress)) {
            try {
                read = RegisterReader.read(file, new RegisterReader.Handler() {
                    @Override
                    public void unit(long row, JsonNode node) {
                        RegisterUnit unit = RegisterUnit.from(node, row, errors);
                        if (unit == null) {
                            rejected++;
                            return;
                        }
                        if (!unit.businessAddress()) {
                            withoutAddress++;
                        }
                        staging.add(row, unit, sectionOf(unit.naceCode()));
                    }

                    @Override
                    public void update(long row, JsonNode node) {
                        Update update = parseUpdate(row, node);
                        if (update == null) {
                            rejected++;
                        } else {
                            updates.add(update);
                        }
                        staging.tick();
                    }
                });
            } catch (RegisterReader.FormatException e) {
                errors.add(0, new ImportMessage(null, "file", e.code, e.getMessage()));
                return new ImportOutcome(0, new ImportCounts(0, 0, 0, Math.max(1, rejected), 0), trimmed(errors), List.of());
            }
            staging.finish();
            staged = staging;
        }
        if (!errors.isEmpty()) {
            return new ImportOutcome(read, new ImportCounts(0, 0, 0, rejected, 0), trimmed(errors), List.of());
        }
        if (read == 0) {
            warnings.add(new ImportMessage(null, "file", "no-units", "The file holds no units and no updates."));
        }
        ImportCounts counts = staged.count > 0 ? mergeUnits(staged) : ImportCounts.NONE;
        if (!updates.isEmpty()) {
            ImportCounts applied;
            try {
                applied = applyUpdates();
            } catch (Rejected e) {
                return rejectedOutcome(read);
            }
            counts = new ImportCounts(counts.inserted() + applied.inserted(), counts.updated() + applied.updated(),
                    counts.unchanged() + applied.unchanged(), 0, 0);
        }
        if (withoutAddress > 0) {
            warnings.add(new ImportMessage(null, "forretningsadresse", "no-business-address", withoutAddress
                    + " unit(s) have no business address (forretningsadresse) and count in no municipality's figures."));
        }
        return new ImportOutcome(read, counts, List.of(), trimmed(warnings));
    }

    private String sectionOf(String naceCode) {
        return NaceSections.ofCode(classification, naceCode).orElse(null);
    }

    // ---- units: COPY, diff, write ----

    private ImportCounts mergeUnits(Staging staged) throws SQLException {
        execute("ANALYZE ent_staging");
        // Each code resolved once (current or former code); an unknown code stays as it is, without a municipality.
        Map<String, Set<String>> codes = new HashMap<>();
        staged.codes.forEach(code -> codes.put(code, Set.of()));
        MunicipalityCodes.resolve(connection, "ent_codes", codes);
        String differs = String.join(" OR ", AUDITED.values().stream()
                .map(c -> "u." + c + " IS DISTINCT FROM " + ("classification".equals(c) ? "?::text" : "s." + c)).toList())
                + " OR u.municipality_id IS DISTINCT FROM c.municipality_id";
        // A unit listed twice (never in the register's own files) counts once: the last one wins.
        try (PreparedStatement s = connection.prepareStatement("""
                CREATE TEMP TABLE ent_incoming ON COMMIT DROP AS
                SELECT s.*, c.municipality_id,
                       (CASE WHEN u.organisation_number IS NULL THEN 'i' WHEN %s THEN 'u' ELSE 'n' END)::char(1) AS change
                FROM (SELECT DISTINCT ON (organisation_number) * FROM ent_staging ORDER BY organisation_number, row_no DESC) s
                LEFT JOIN ent_codes c ON c.code = s.municipality_code
                LEFT JOIN enterprise_unit u ON u.organisation_number = s.organisation_number""".formatted(differs))) {
            s.setString(1, classification);
            s.execute();
        }
        ImportCounts counts;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT count(*) FILTER (WHERE change = 'i'), count(*) FILTER (WHERE change = 'u'),
                               count(*) FILTER (WHERE change = 'n'), count(*) FROM ent_incoming""")) {
            rs.next();
            counts = new ImportCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), 0, 0);
            long distinct = rs.getLong(4);
            if (distinct < staged.count) {
                warnings.add(new ImportMessage(null, "organisasjonsnummer", "duplicate-unit",
                        (staged.count - distinct) + " unit(s) appear more than once in the file; the last of each was kept."));
            }
        }
        warnUnknownCodes();
        auditUnitUpdates();
        String columns = "name, organisation_form, registered_on, founded_on, nace_code, section, municipality_code, employees, deleted_on";
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO enterprise_unit (organisation_number, %1$s, classification, municipality_id, source, import_run_id, updated_at)
                SELECT organisation_number, %1$s, ?, municipality_id, ?, ?, now() FROM ent_incoming WHERE change = 'i'""".formatted(columns))) {
            s.setString(1, classification);
            s.setString(2, source);
            s.setObject(3, runId);
            s.executeUpdate();
        }
        try (PreparedStatement s = connection.prepareStatement("""
                UPDATE enterprise_unit u SET name = i.name, organisation_form = i.organisation_form, registered_on = i.registered_on,
                    founded_on = i.founded_on, nace_code = i.nace_code, classification = ?, section = i.section,
                    municipality_code = i.municipality_code, municipality_id = i.municipality_id, employees = i.employees,
                    deleted_on = i.deleted_on, source = ?, import_run_id = ?, updated_at = now()
                FROM ent_incoming i WHERE i.change = 'u' AND u.organisation_number = i.organisation_number""")) {
            s.setString(1, classification);
            s.setString(2, source);
            s.setObject(3, runId);
            s.executeUpdate();
        }
        if (counts.inserted() + counts.updated() > 10_000) {
            execute("ANALYZE enterprise_unit");
        }
        return counts;
    }

    /** One warning per unknown municipality code, with how many units have it. */
    private void warnUnknownCodes() throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT municipality_code, count(*) FROM ent_incoming
                        WHERE municipality_code IS NOT NULL AND municipality_id IS NULL
                        GROUP BY municipality_code ORDER BY municipality_code LIMIT %d""".formatted(ImportRunService.MAX_MESSAGES))) {
            while (rs.next()) {
                warnings.add(unknownCode(rs.getString(1), rs.getLong(2)));
            }
        }
    }

    private static ImportMessage unknownCode(String code, long units) {
        return new ImportMessage(null, "forretningsadresse.kommunenummer", "unknown-municipality",
                "No municipality has or had the code " + code + "; " + units
                        + " unit(s) keep the code without a municipality and count in no municipality's figures.");
    }

    /** One audit entry per changed unit, with the fields that changed (before and after) and the import run. */
    private void auditUnitUpdates() throws SQLException {
        String after = jsonOf("i", "?::text");
        String before = jsonOf("u", "u.classification");
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO audit_entry (at, actor, action, entity, entity_id, address, changes)
                SELECT now(), ?, 'update', 'enterprise-unit', d.organisation_number, ?,
                       (SELECT jsonb_object_agg(a.key, jsonb_build_object('before', b.value, 'after', a.value))
                        FROM jsonb_each(d.after) a JOIN jsonb_each(d.before) b ON b.key = a.key
                        WHERE a.value IS DISTINCT FROM b.value)
                       || jsonb_build_object('importRun', jsonb_build_object('before', to_jsonb(d.old_run::text), 'after', to_jsonb(?::text)))
                FROM (SELECT i.organisation_number, %s AS after, %s AS before, u.import_run_id AS old_run
                      FROM ent_incoming i JOIN enterprise_unit u ON u.organisation_number = i.organisation_number
                      WHERE i.change = 'u') d""".formatted(after, before))) {
            s.setString(1, actor);
            s.setString(2, address);
            s.setString(3, runId.toString());
            s.setString(4, classification);
            s.executeUpdate();
        }
    }

    /** The audited fields of a row as a JSON object; the classification given as an expression. */
    private static String jsonOf(String alias, String classificationExpression) {
        List<String> pairs = new ArrayList<>();
        AUDITED.forEach((field, column) -> pairs.add("'" + field + "', "
                + ("classification".equals(column) ? classificationExpression : alias + "." + column)));
        return "jsonb_build_object(" + String.join(", ", pairs) + ")";
    }

    // ---- the update stream ----

    private Update parseUpdate(long row, JsonNode node) {
        int before = errors.size();
        JsonNode idNode = node.get("oppdateringsid");
        Long id = null;
        if (idNode == null || idNode.isNull()) {
            errors.add(new ImportMessage(row, "oppdateringsid", "required", "The update has no oppdateringsid."));
        } else if (!idNode.isIntegralNumber() || !idNode.canConvertToLong() || idNode.longValue() < 0) {
            errors.add(new ImportMessage(row, "oppdateringsid", "invalid", "An update id is a whole number from 0."));
        } else {
            id = idNode.longValue();
        }
        OffsetDateTime at = null;
        String dato = node.path("dato").asText("");
        if (dato.isBlank()) {
            errors.add(new ImportMessage(row, "dato", "required", "The update has no dato."));
        } else {
            try {
                at = OffsetDateTime.parse(dato.trim());
            } catch (DateTimeParseException e) {
                errors.add(new ImportMessage(row, "dato", "invalid-date", "'" + RegisterUnit.shorten(dato)
                        + "' is not an ISO date-time like 2024-05-02T04:01:56.123Z."));
            }
        }
        String number = node.path("organisasjonsnummer").asText("").trim();
        if (number.isEmpty()) {
            errors.add(new ImportMessage(row, "organisasjonsnummer", "required", "The update has no organisasjonsnummer."));
        } else if (!OrganisationNumbers.isValid(number)) {
            errors.add(new ImportMessage(row, "organisasjonsnummer", "invalid-organisation-number",
                    "'" + RegisterUnit.shorten(number) + "' is not an organisation number: nine digits with a valid mod-11 check digit."));
        }
        String type = node.path("endringstype").asText("").trim();
        if (!CHANGE_TYPES.contains(type)) {
            errors.add(new ImportMessage(row, "endringstype", "unknown-value",
                    "endringstype must be one of Ny, Endring, Sletting, Fjernet and Ukjent."));
        }
        JsonNode changes = node.get("endringer");
        if (changes != null && !changes.isNull() && !changes.isArray()) {
            errors.add(new ImportMessage(row, "endringer", "invalid", "endringer is a list of JSON Patch operations."));
        }
        if (errors.size() > before) {
            return null;
        }
        return new Update(row, id, at, number, type, changes == null || changes.isNull() ? null : changes);
    }

    private record Stored(RegisterUnit unit, String classification, String section, Long municipalityId, Long lastUpdateId) {
    }

    /** The updates in the order of their id; each one newer than the unit's last applied update. */
    private ImportCounts applyUpdates() throws SQLException {
        updates.sort(Comparator.comparingLong(Update::id).thenComparingLong(Update::row));
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        long notStored = 0;
        String notStoredExample = null;
        long unappliedChanges = 0;
        String unappliedExample = null;
        Map<String, Long> unknownCodes = new LinkedHashMap<>();
        List<ImportMessage> patchErrors = new ArrayList<>();
        for (Update update : updates) {
            Stored stored = load(update.organisationNumber());
            if (stored != null && stored.lastUpdateId() != null && update.id() <= stored.lastUpdateId()) {
                unchanged++;
                continue;
            }
            boolean deletion = "Sletting".equals(update.type()) || "Fjernet".equals(update.type());
            if (!deletion && update.changes() == null) {
                // The stream says that the unit changed, not how: its current state must come from the search or the bulk file.
                unappliedChanges++;
                unappliedExample = unappliedExample == null ? update.organisationNumber() : unappliedExample;
                unchanged++;
                continue;
            }
            // Only a new unit is created from the stream; a change to a unit not stored here (outside the imported area) is skipped.
            if (stored == null && (deletion || !"Ny".equals(update.type()))) {
                notStored++;
                notStoredExample = notStoredExample == null ? update.organisationNumber() : notStoredExample;
                unchanged++;
                continue;
            }
            RegisterUnit next;
            if (deletion) {
                RegisterUnit unit = stored.unit();
                LocalDate deletedOn = unit.deletedOn() != null ? unit.deletedOn() : update.at().atZoneSameInstant(OSLO).toLocalDate();
                next = new RegisterUnit(unit.organisationNumber(), unit.name(), unit.organisationForm(), unit.registeredOn(),
                        unit.foundedOn(), unit.naceCode(), unit.municipalityCode(), unit.employees(), deletedOn, unit.businessAddress());
            } else {
                ObjectNode document = stored == null ? JsonNodeFactory.instance.objectNode() : stored.unit().toRegisterJson();
                document = JsonPatches.apply(document, update.changes());
                // The update names the unit; its changes cannot move them to another number.
                document.put("organisasjonsnummer", update.organisationNumber());
                List<ImportMessage> found = new ArrayList<>();
                next = RegisterUnit.from(document, update.row(), found);
                if (next == null) {
                    found.forEach(e -> patchErrors.add(new ImportMessage(e.row(), "endringer", e.code(),
                            "After its changes, " + e.field() + " of the unit is wrong: " + e.message())));
                    continue;
                }
            }
            if (stored == null) {
                Long municipalityId = resolve(next.municipalityCode(), unknownCodes);
                insert(next, municipalityId, sectionOf(next.naceCode()), update.id());
                inserted++;
                continue;
            }
            boolean sameCode = Objects.equals(next.naceCode(), stored.unit().naceCode());
            String nextClassification = sameCode ? stored.classification() : classification;
            String nextSection = sameCode ? stored.section() : sectionOf(next.naceCode());
            Long municipalityId = Objects.equals(next.municipalityCode(), stored.unit().municipalityCode())
                    ? stored.municipalityId() : resolve(next.municipalityCode(), unknownCodes);
            Map<String, Object> before = fields(stored.unit(), stored.classification(), stored.section());
            Map<String, Object> after = fields(next, nextClassification, nextSection);
            Map<String, Map<String, Object>> changed = new LinkedHashMap<>();
            after.forEach((field, value) -> {
                if (!Objects.equals(value, before.get(field))) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("before", before.get(field));
                    change.put("after", value);
                    changed.put(field, change);
                }
            });
            writeUpdate(next, nextClassification, nextSection, municipalityId, update.id());
            if (changed.isEmpty()) {
                unchanged++;
            } else {
                audit(next.organisationNumber(), changed);
                updated++;
            }
        }
        if (!patchErrors.isEmpty()) {
            errors.addAll(patchErrors);
            rejected += patchErrors.size();
            throw new Rejected();
        }
        unknownCodes.forEach((code, count) -> warnings.add(unknownCode(code, count)));
        if (notStored > 0) {
            warnings.add(new ImportMessage(null, "organisasjonsnummer", "unit-not-stored", notStored
                    + " update(s) concern units that are not stored (e.g. " + notStoredExample
                    + ") and were skipped; import the bulk download first, then the update stream from its cursor."));
        }
        if (unappliedChanges > 0) {
            warnings.add(new ImportMessage(null, "endringer", "changes-not-included", unappliedChanges
                    + " unit(s) changed (e.g. " + unappliedExample + ") but the update gives no changes (endringer); "
                    + "import their current state from the search API or the bulk download."));
        }
        advanceCursor();
        return new ImportCounts(inserted, updated, unchanged, 0, 0);
    }

    /** Thrown when an update's changes leave a unit wrong; the outcome carries the errors. */
    static final class Rejected extends RuntimeException {
        Rejected() {
            super(null, null, false, false);
        }
    }

    /** The outcome of a file rejected while its updates were applied (the caller rolls back). */
    ImportOutcome rejectedOutcome(long read) {
        return new ImportOutcome(read, new ImportCounts(0, 0, 0, rejected, 0), trimmed(errors), List.of());
    }

    private static Map<String, Object> fields(RegisterUnit unit, String classification, String section) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", unit.name());
        fields.put("organisationForm", unit.organisationForm());
        fields.put("registeredOn", unit.registeredOn() == null ? null : unit.registeredOn().toString());
        fields.put("foundedOn", unit.foundedOn() == null ? null : unit.foundedOn().toString());
        fields.put("naceCode", unit.naceCode());
        fields.put("classification", classification);
        fields.put("section", section);
        fields.put("municipalityCode", unit.municipalityCode());
        fields.put("employees", unit.employees());
        fields.put("deletedOn", unit.deletedOn() == null ? null : unit.deletedOn().toString());
        return fields;
    }

    private Stored load(String number) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                SELECT name, organisation_form, registered_on, founded_on, nace_code, municipality_code, employees, deleted_on,
                       classification, section, municipality_id, last_update_id
                FROM enterprise_unit WHERE organisation_number = ?""")) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Integer employees = (Integer) rs.getObject("employees");
                RegisterUnit unit = new RegisterUnit(number, rs.getString("name"), rs.getString("organisation_form"),
                        localDate(rs, "registered_on"), localDate(rs, "founded_on"), rs.getString("nace_code"),
                        rs.getString("municipality_code"), employees, localDate(rs, "deleted_on"), rs.getString("municipality_code") != null);
                return new Stored(unit, rs.getString("classification"), rs.getString("section"),
                        (Long) rs.getObject("municipality_id"), (Long) rs.getObject("last_update_id"));
            }
        }
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private Long resolve(String code, Map<String, Long> unknownCodes) {
        if (code == null) {
            return null;
        }
        Long id = municipalityIds.apply(code);
        if (id == null) {
            unknownCodes.merge(code, 1L, Long::sum);
        }
        return id;
    }

    private void insert(RegisterUnit unit, Long municipalityId, String section, long updateId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO enterprise_unit (name, organisation_form, registered_on, founded_on, nace_code, classification, section,
                    municipality_code, municipality_id, employees, deleted_on, last_update_id, source, import_run_id, updated_at,
                    organisation_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), ?)""")) {
            bind(s, unit, classification, section, municipalityId, updateId);
            s.executeUpdate();
        }
    }

    private void writeUpdate(RegisterUnit unit, String unitClassification, String section, Long municipalityId, long updateId)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("""
                UPDATE enterprise_unit SET name = ?, organisation_form = ?, registered_on = ?, founded_on = ?, nace_code = ?,
                    classification = ?, section = ?, municipality_code = ?, municipality_id = ?, employees = ?, deleted_on = ?,
                    last_update_id = ?, source = ?, import_run_id = ?, updated_at = now()
                WHERE organisation_number = ?""")) {
            bind(s, unit, unitClassification, section, municipalityId, updateId);
            s.executeUpdate();
        }
    }

    private void bind(PreparedStatement s, RegisterUnit unit, String unitClassification, String section, Long municipalityId,
            long updateId) throws SQLException {
        s.setString(1, unit.name());
        s.setString(2, unit.organisationForm());
        s.setObject(3, unit.registeredOn());
        s.setObject(4, unit.foundedOn());
        s.setString(5, unit.naceCode());
        s.setString(6, unitClassification);
        s.setString(7, section);
        s.setString(8, unit.municipalityCode());
        if (municipalityId == null) {
            s.setNull(9, Types.BIGINT);
        } else {
            s.setLong(9, municipalityId);
        }
        if (unit.employees() == null) {
            s.setNull(10, Types.INTEGER);
        } else {
            s.setInt(10, unit.employees());
        }
        s.setObject(11, unit.deletedOn());
        s.setLong(12, updateId);
        s.setString(13, source);
        s.setObject(14, runId);
        s.setString(15, unit.organisationNumber());
    }

    private void audit(String number, Map<String, Map<String, Object>> changed) throws SQLException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("before", null);
        run.put("after", runId.toString());
        changed.put("importRun", run);
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO audit_entry (at, actor, action, entity, entity_id, address, changes)
                VALUES (now(), ?, 'update', 'enterprise-unit', ?, ?, ?::jsonb)""")) {
            s.setString(1, actor);
            s.setString(2, number);
            s.setString(3, address);
            s.setString(4, JSON.valueToTree(changed).toString());
            s.executeUpdate();
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The highest update id imported, and its time; never moved back by an older page. */
    private void advanceCursor() throws SQLException {
        Update last = updates.get(updates.size() - 1);
        try (PreparedStatement s = connection.prepareStatement("""
                INSERT INTO enterprise_register_cursor (id, last_update_id, last_update_at, updated_at) VALUES (1, ?, ?, now())
                ON CONFLICT (id) DO UPDATE SET last_update_id = excluded.last_update_id, last_update_at = excluded.last_update_at,
                    updated_at = now()
                WHERE enterprise_register_cursor.last_update_id < excluded.last_update_id""")) {
            s.setLong(1, last.id());
            s.setTimestamp(2, Timestamp.from(last.at().toInstant()));
            s.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<ImportMessage> trimmed(List<ImportMessage> messages) {
        return List.copyOf(messages.subList(0, Math.min(messages.size(), ImportRunService.MAX_MESSAGES)));
    }

    /** Streams checked units into the staging table (COPY, text format). */
    private static final class Staging implements AutoCloseable {

        private final CopyRows copy;
        private final LongConsumer progress;
        private long count;
        private long seen;
        /** The distinct municipality codes of the staged units. */
        private final Set<String> codes = new HashSet<>();

        Staging(CopyRows copy, LongConsumer progress) {
            this.copy = copy;
            this.progress = progress;
        }

        void add(long row, RegisterUnit unit, String section) {
            if (unit.municipalityCode() != null) {
                codes.add(unit.municipalityCode());
            }
            copy.row(row, unit.organisationNumber(), unit.name(), unit.organisationForm(), unit.registeredOn(), unit.foundedOn(),
                    unit.naceCode(), section, unit.municipalityCode(), unit.employees(), unit.deletedOn());
            count++;
            tick();
        }

        void tick() {
            if (++seen % PROGRESS_EVERY == 0) {
                progress.accept(seen);
            }
        }

        void finish() throws SQLException {
            copy.finish();
        }

        @Override
        public void close() throws SQLException {
            copy.close();
        }
    }
}
