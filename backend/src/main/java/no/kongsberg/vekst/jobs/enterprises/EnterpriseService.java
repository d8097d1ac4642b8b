package no.kongsberg.vekst.jobs.enterprises;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.jobs.JobsNote;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.settings.SettingsService;
import no.kongsberg.vekst.municipalities.Subjects.Subject;
import no.kongsberg.vekst.municipalities.Subjects.SubjectView;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;
import no.kongsberg.vekst.platform.YearSpan;
import org.hibernate.Session;

/**
 * New and closed enterprises from the stored units of the register: counted by business address
 * municipality, registrations by their registration date and closures by their deletion date,
 * per year or quarter, per 1,000 residents (the population on 1 January of the year, in the programme's preferred series),
 * by industry section and organisation form; the comparison of a group's members; the units
 * themselves; and where the update stream continues.
 */
@ApplicationScoped
public class EnterpriseService {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** Years a default span reaches back before its last year with registrations (six years in all). */
    private static final int DEFAULT_YEARS_BACK = 5;
    /** At most this many years at once (a quarterly answer stays within its 1,000 items). */
    private static final int MAX_SPAN_YEARS = 100;
    /** The contract's largest page of units. */
    static final int MAX_PAGE_SIZE = 200;

    private final EntityManager entityManager;
    private final Subjects subjects;
    private final MunicipalityService municipalities;
    private final SettingsService settings;

    public EnterpriseService(EntityManager entityManager, Subjects subjects, MunicipalityService municipalities,
            SettingsService settings) {
        this.settings = settings;
        this.entityManager = entityManager;
        this.subjects = subjects;
        this.municipalities = municipalities;
    }

    public record PeriodCount(String period, int registered, int deleted, int net, Integer population,
            Double registeredPer1000Residents) {
    }

    public record IndustryCount(String classification, String section, int registered, int deleted, int net) {
    }

    public record FormCount(String code, int registered, int deleted, int net) {
    }

    /** Counts from the Central Coordinating Register for Legal Entities, published under NLOD 2.0. */
    public interface FromTheRegister extends DataLicences.Attributed {
        @Override
        default String source() {
            return DataLicences.BRREG;
        }

        @Override
        default DataLicences.License license() {
            return DataLicences.NLOD_2;
        }
    }

    public record Figures(SubjectView subject, String granularity, String from, String to, List<PeriodCount> items,
            List<IndustryCount> byIndustry, List<FormCount> byOrganisationForm, List<JobsNote> notes) implements FromTheRegister {
    }

    public record ComparisonFigures(int registered, int deleted, int net, Double registeredPer1000Residents,
            Double netPer1000Residents) {
    }

    public record ComparisonRow(Integer rank, MunicipalityRef municipality, boolean home, boolean member, int registered,
            int deleted, int net, Double registeredPer1000Residents, Double netPer1000Residents) {
    }

    public record Comparison(SubjectView group, String from, String to, List<ComparisonRow> rows, ComparisonFigures aggregate,
            List<JobsNote> notes) implements FromTheRegister {
    }

    public record UnitView(String organisationNumber, String name, String organisationForm, LocalDate registeredOn,
            LocalDate foundedOn, String naceCode, String section, MunicipalityRef municipality, String municipalityCode,
            Integer employees, LocalDate deletedOn) {
    }

    public record RegisterStatus(long units, long active, long deleted, Long lastUpdateId, Instant lastUpdateAt,
            Instant lastImportAt) {
    }

    public record UnitFilter(String municipality, String q, String status, String section, String registeredFrom,
            String registeredTo) {
    }

    private record Span(int from, int to) {
        LocalDate start() {
            return LocalDate.of(from, 1, 1);
        }

        LocalDate end() {
            return LocalDate.of(to + 1, 1, 1);
        }

        int years() {
            return to - from + 1;
        }
    }

    // ---- figures ----

    @Transactional
    public Figures figures(String municipality, String region, String peerGroup, String from, String to, String granularity) {
        Validation validation = new Validation();
        Subject subject = subjects.subject(validation, municipality, region, peerGroup);
        String grain = QueryParams.oneOf(validation, "granularity", granularity, Set.of("year", "quarter"));
        YearSpan asked = YearSpan.of(validation, from, to);
        Integer fromYear = asked.from();
        Integer toYear = asked.to();
        checkLength(validation, fromYear, toYear);
        validation.throwIfAny();
        boolean quarterly = "quarter".equals(grain);
        Long[] ids = ids(subject.members());
        List<JobsNote> notes = new ArrayList<>();
        if (storedUnits() == 0) {
            notes.add(JobsNote.of("no-units", "No units of the register are stored yet; import them (POST /api/v1/jobs/enterprises/imports)."));
        }
        Span span = span(fromYear, toYear, lastYearWithRegistrations(ids));
        if (span == null) {
            if (notes.isEmpty()) {
                notes.add(JobsNote.of("no-registrations", "No unit with a business address here has a registration date."));
            }
            return new Figures(subject.view(), quarterly ? "quarter" : "year", null, null, List.of(), List.of(), List.of(), notes);
        }
        Map<String, int[]> counts = periodCounts(ids, span, quarterly);
        Map<Integer, Long> population = population(ids, span.from(), span.to(), subject.members().size());
        List<PeriodCount> items = new ArrayList<>();
        List<String> missingPopulation = new ArrayList<>();
        LocalDate today = LocalDate.now(OSLO);
        for (int year = span.from(); year <= span.to(); year++) {
            Long residents = population.get(year);
            if (residents == null) {
                missingPopulation.add(String.valueOf(year));
            }
            for (int quarter = quarterly ? 1 : 0; quarter <= (quarterly ? 4 : 0); quarter++) {
                if (quarter > 0 && LocalDate.of(year, quarter * 3 - 2, 1).isAfter(today)) {
                    break;
                }
                String period = quarter == 0 ? String.valueOf(year) : year + "-Q" + quarter;
                int[] c = counts.getOrDefault(period, new int[2]);
                items.add(new PeriodCount(period, c[0], c[1], c[0] - c[1], residents == null ? null : residents.intValue(),
                        perThousand(c[0], 1, residents)));
            }
        }
        if (demoUnitsCount(ids, span)) {
            notes.add(JobsNote.demoData());
        }
        if (!missingPopulation.isEmpty()) {
            notes.add(new JobsNote("no-population", "No population on 1 January of " + String.join(", ", missingPopulation)
                    + "; registrations per 1,000 residents are left out for those years.", null, missingPopulation));
        }
        return new Figures(subject.view(), quarterly ? "quarter" : "year", String.valueOf(span.from()), String.valueOf(span.to()),
                items, byIndustry(ids, span), byForm(ids, span), notes);
    }

    private static void checkLength(Validation validation, Integer from, Integer to) {
        if (from != null && to != null) {
            validation.check(to - from < MAX_SPAN_YEARS, "to", "out-of-range", "Ask for at most " + MAX_SPAN_YEARS + " years at once.");
        }
    }

    /** The years asked for; missing ends default around the last year with registrations (null: no data at all). */
    private static Span span(Integer from, Integer to, Integer lastYear) {
        Integer last = to != null ? to : lastYear != null ? lastYear : from;
        if (last == null) {
            return null;
        }
        if (from != null && last < from) {
            last = from;
        }
        int first = from != null ? from : last - DEFAULT_YEARS_BACK;
        return new Span(first, Math.min(last, first + MAX_SPAN_YEARS - 1));
    }

    private Map<String, int[]> periodCounts(Long[] ids, Span span, boolean quarterly) {
        Map<String, int[]> counts = new HashMap<>();
        String[] columns = {"registered_on", "deleted_on"};
        for (int i = 0; i < 2; i++) {
            int index = i;
            String column = columns[i];
            query("""
                    SELECT extract(year FROM %1$s)::int, extract(quarter FROM %1$s)::int, count(*) FROM enterprise_unit
                    WHERE municipality_id = ANY(?) AND %1$s >= ? AND %1$s < ? GROUP BY 1, 2""".formatted(column), rs -> {
                String period = quarterly ? rs.getInt(1) + "-Q" + rs.getInt(2) : String.valueOf(rs.getInt(1));
                counts.computeIfAbsent(period, p -> new int[2])[index] += rs.getInt(3);
            }, ids, Date.valueOf(span.start()), Date.valueOf(span.end()));
        }
        return counts;
    }

    /** Each member's stocks on the dates from ? to ?, one a date: the preferred variant's (the first ?) before the official. */
    private static final String PREFERRED_STOCKS = """
            SELECT DISTINCT ON (municipality_id, date) municipality_id, date, population FROM population_stock
            WHERE municipality_id = ANY(?) AND variant IN (?, 'official') AND population IS NOT NULL AND date >= ? AND date <= ?
            ORDER BY municipality_id, date, (variant = 'official')""";

    /**
     * The population on 1 January of each year, summed over the members; a year where one lacks it
     * is left out. Each member's figure is from the programme's preferred series where it has one,
     * else the official one (a corrected series exists only where the municipality keeps one).
     */
    private Map<Integer, Long> population(Long[] ids, int from, int to, int members) {
        Map<Integer, Long> population = new HashMap<>();
        query("""
                SELECT extract(year FROM date)::int, sum(population), count(DISTINCT municipality_id) FROM (%s) p
                WHERE extract(month FROM date) = 1 AND extract(day FROM date) = 1
                GROUP BY 1""".formatted(PREFERRED_STOCKS), rs -> {
            if (rs.getInt(3) == members) {
                population.put(rs.getInt(1), rs.getLong(2));
            }
        }, ids, settings.preferredVariant(), Date.valueOf(LocalDate.of(from, 1, 1)), Date.valueOf(LocalDate.of(to, 1, 1)));
        return population;
    }

    private List<IndustryCount> byIndustry(Long[] ids, Span span) {
        List<IndustryCount> result = new ArrayList<>();
        // A section letter means different things in SN2007 and SN2025: counted per classification.
        grouped("classification || '/' || coalesce(section, 'unknown')", ids, span, (key, registered, deleted) -> {
            String[] parts = key.split("/", 2);
            result.add(new IndustryCount(parts[0], parts[1], registered, deleted, registered - deleted));
        });
        // Per classification, sections in their order, units without an industry code last.
        result.sort(Comparator.comparing(IndustryCount::classification)
                .thenComparing((IndustryCount c) -> "unknown".equals(c.section())).thenComparing(IndustryCount::section));
        return result;
    }

    private List<FormCount> byForm(Long[] ids, Span span) {
        List<FormCount> result = new ArrayList<>();
        grouped("coalesce(organisation_form, 'unknown')", ids, span, (key, registered, deleted) ->
                result.add(new FormCount(key, registered, deleted, registered - deleted)));
        result.sort(Comparator.comparingInt(FormCount::registered).reversed().thenComparing(FormCount::code));
        return result;
    }

    private interface GroupConsumer {
        void accept(String key, int registered, int deleted);
    }

    private void grouped(String key, Long[] ids, Span span, GroupConsumer consumer) {
        Date start = Date.valueOf(span.start());
        Date end = Date.valueOf(span.end());
        query("""
                SELECT %s, count(*) FILTER (WHERE registered_on >= ? AND registered_on < ?),
                       count(*) FILTER (WHERE deleted_on >= ? AND deleted_on < ?)
                FROM enterprise_unit
                WHERE municipality_id = ANY(?) AND (registered_on >= ? AND registered_on < ? OR deleted_on >= ? AND deleted_on < ?)
                GROUP BY 1""".formatted(key), rs -> consumer.accept(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                start, end, start, end, ids, start, end, start, end);
    }

    /** Whether fictional demo units (EnterpriseDemoData) count in these figures: they must never pass for the register's. */
    private boolean demoUnitsCount(Long[] ids, Span span) {
        boolean[] demo = {false};
        Date start = Date.valueOf(span.start());
        Date end = Date.valueOf(span.end());
        query("""
                SELECT EXISTS (SELECT 1 FROM enterprise_unit WHERE municipality_id = ANY(?) AND source = ?
                               AND (registered_on >= ? AND registered_on < ? OR deleted_on >= ? AND deleted_on < ?))""",
                rs -> demo[0] = rs.getBoolean(1), ids, EnterpriseDemoData.SOURCE, start, end, start, end);
        return demo[0];
    }

    private Integer lastYearWithRegistrations(Long[] ids) {
        Integer[] last = {null};
        query("SELECT max(extract(year FROM registered_on))::int FROM enterprise_unit WHERE municipality_id = ANY(?)",
                rs -> last[0] = (Integer) rs.getObject(1), (Object) ids);
        return last[0];
    }

    private long storedUnits() {
        long[] count = {0};
        query("SELECT count(*) FROM (SELECT 1 FROM enterprise_unit LIMIT 1) u", rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** total ÷ years ÷ population × 1000, two decimals (half up); null without a population. */
    static Double perThousand(long total, int years, Long population) {
        if (population == null || population == 0) {
            return null;
        }
        return BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(population).multiply(BigDecimal.valueOf(years)), 2, RoundingMode.HALF_UP).doubleValue();
    }

    // ---- comparison ----

    @Transactional
    public Comparison comparison(String region, String peerGroup, String municipality, String from, String to) {
        Validation validation = new Validation();
        boolean groupGiven = !blank(region) || !blank(peerGroup);
        validation.check(groupGiven, "region", "required", "Give a region or a peerGroup to compare.");
        if (!blank(region) && !blank(peerGroup)) {
            validation.add("peerGroup", "one-group", "Give a region or a peerGroup, not both.");
        }
        Subject group = groupGiven && validation.errors().isEmpty() ? subjects.group(validation, region, peerGroup) : null;
        Municipality home = subjects.municipality(validation, "municipality", municipality);
        YearSpan asked = YearSpan.of(validation, from, to);
        Integer fromYear = asked.from();
        Integer toYear = asked.to();
        checkLength(validation, fromYear, toYear);
        validation.throwIfAny();

        List<Municipality> compared = new ArrayList<>(group.members());
        boolean homeIsMember = compared.stream().anyMatch(m -> m.id.equals(home.id));
        if (!homeIsMember) {
            compared.add(home);
        }
        Long[] ids = ids(compared);
        Span span = span(fromYear, toYear, lastYearWithRegistrations(ids));
        if (span == null) {
            int year = LocalDate.now(OSLO).getYear();
            span = new Span(year - DEFAULT_YEARS_BACK, year);
        }
        Map<Long, int[]> counts = new HashMap<>();
        Date start = Date.valueOf(span.start());
        Date end = Date.valueOf(span.end());
        query("""
                SELECT municipality_id, count(*) FILTER (WHERE registered_on >= ? AND registered_on < ?),
                       count(*) FILTER (WHERE deleted_on >= ? AND deleted_on < ?)
                FROM enterprise_unit
                WHERE municipality_id = ANY(?) AND (registered_on >= ? AND registered_on < ? OR deleted_on >= ? AND deleted_on < ?)
                GROUP BY 1""", rs -> counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}),
                start, end, start, end, ids, start, end, start, end);
        Map<Long, Long> population = new HashMap<>();
        query("""
                SELECT municipality_id, population FROM (%s) p""".formatted(PREFERRED_STOCKS),
                rs -> population.put(rs.getLong(1), rs.getLong(2)), ids, settings.preferredVariant(), start, start);

        int years = span.years();
        List<ComparisonRow> rows = new ArrayList<>();
        long registeredTotal = 0;
        long deletedTotal = 0;
        Long groupPopulation = 0L;
        List<JobsNote> notes = new ArrayList<>();
        for (Municipality m : compared) {
            int[] c = counts.getOrDefault(m.id, new int[2]);
            Long residents = population.get(m.id);
            if (residents == null) {
                notes.add(new JobsNote("no-population", m.name + " (" + m.code + ") has no population on 1 January " + span.from()
                        + ", so no figure per 1,000 residents.", MunicipalityRef.of(m), List.of(String.valueOf(span.from()))));
            }
            boolean member = group.members().stream().anyMatch(g -> g.id.equals(m.id));
            if (member) {
                registeredTotal += c[0];
                deletedTotal += c[1];
                groupPopulation = groupPopulation == null || residents == null ? null : groupPopulation + residents;
            }
            rows.add(new ComparisonRow(null, MunicipalityRef.of(m), m.id.equals(home.id), member, c[0], c[1], c[0] - c[1],
                    perThousand(c[0], years, residents), perThousand(c[0] - c[1], years, residents)));
        }
        if (group.members().isEmpty()) {
            groupPopulation = null;
        }
        List<ComparisonRow> ranked = rank(rows);
        ComparisonFigures aggregate = new ComparisonFigures((int) registeredTotal, (int) deletedTotal,
                (int) (registeredTotal - deletedTotal), perThousand(registeredTotal, years, groupPopulation),
                perThousand(registeredTotal - deletedTotal, years, groupPopulation));
        return new Comparison(group.view(), String.valueOf(span.from()), String.valueOf(span.to()), ranked, aggregate, notes);
    }

    /** Highest registrations per 1,000 first; equal rates share a rank; rows without a rate have none and come last. */
    private static List<ComparisonRow> rank(List<ComparisonRow> rows) {
        List<ComparisonRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((ComparisonRow r) -> r.registeredPer1000Residents() == null)
                .thenComparing(r -> r.registeredPer1000Residents() == null ? 0.0 : -r.registeredPer1000Residents())
                .thenComparing(r -> r.municipality().name()));
        List<ComparisonRow> ranked = new ArrayList<>();
        Integer rank = null;
        Double previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            ComparisonRow r = sorted.get(i);
            Double rate = r.registeredPer1000Residents();
            if (rate != null && !rate.equals(previous)) {
                rank = i + 1;
            }
            previous = rate;
            ranked.add(new ComparisonRow(rate == null ? null : rank, r.municipality(), r.home(), r.member(), r.registered(),
                    r.deleted(), r.net(), rate, r.netPer1000Residents()));
        }
        return ranked;
    }

    // ---- units ----

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "u.name", "registeredOn", "u.registered_on", "deletedOn", "u.deleted_on", "employees", "u.employees");

    @Transactional
    public PageRequest.Page<UnitView> units(UnitFilter filter, String page, String size, String sort) {
        Validation validation = new Validation();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!blank(filter.municipality())) {
            String code = filter.municipality().trim();
            if (!code.matches("[0-9]{4}")) {
                validation.add("municipality", "invalid", "municipality must be a four-digit municipality code, like 3303.");
            } else {
                // A known place by any of its codes; an unknown code finds the units that keep it unresolved.
                municipalities.findByAnyCode(code).ifPresentOrElse(m -> {
                    conditions.add("u.municipality_id = :municipalityId");
                    parameters.put("municipalityId", m.id);
                }, () -> {
                    conditions.add("u.municipality_code = :municipalityCode");
                    parameters.put("municipalityCode", code);
                });
            }
        }
        String q = QueryParams.text(validation, "q", filter.q(), 100);
        if (q != null) {
            if (q.matches("[0-9]{1,9}")) {
                conditions.add("(lower(u.name) LIKE :q OR u.organisation_number LIKE :prefix)");
                parameters.put("prefix", q + "%");
            } else {
                conditions.add("lower(u.name) LIKE :q");
            }
            parameters.put("q", Where.likePattern(q));
        }
        String status = QueryParams.oneOf(validation, "status", filter.status(), Set.of("active", "deleted"));
        if (status != null) {
            conditions.add("active".equals(status) ? "u.deleted_on IS NULL" : "u.deleted_on IS NOT NULL");
        }
        if (!blank(filter.section())) {
            String section = filter.section().trim();
            if (section.matches("[A-V]")) {
                conditions.add("u.section = :section");
                parameters.put("section", section);
            } else {
                validation.add("section", "invalid", "section is a NACE section letter from A to V.");
            }
        }
        LocalDate registeredFrom = QueryParams.date(validation, "registeredFrom", filter.registeredFrom());
        LocalDate registeredTo = QueryParams.date(validation, "registeredTo", filter.registeredTo());
        validation.plausibleDate("registeredFrom", registeredFrom).plausibleDate("registeredTo", registeredTo);
        if (registeredFrom != null && registeredTo != null) {
            validation.check(!registeredTo.isBefore(registeredFrom), "registeredTo", "before-from",
                    "registeredTo must not be before registeredFrom.");
        }
        if (registeredFrom != null && !validation.has("registeredFrom")) {
            conditions.add("u.registered_on >= :registeredFrom");
            parameters.put("registeredFrom", registeredFrom);
        }
        if (registeredTo != null && !validation.has("registeredTo")) {
            conditions.add("u.registered_on <= :registeredTo");
            parameters.put("registeredTo", registeredTo);
        }
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-registeredOn");
        int pageSize = Math.min(request.size(), MAX_PAGE_SIZE);
        List<String> order = new ArrayList<>();
        for (Sort.Column column : request.sort().getColumns()) {
            order.add(column.getName() + (column.getDirection() == Sort.Direction.Descending ? " DESC" : " ASC") + " NULLS LAST");
        }
        // The organisation number last, so that pages do not overlap where the chosen keys tie.
        order.add("u.organisation_number");
        String where = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        var count = entityManager.createNativeQuery("SELECT count(*) FROM enterprise_unit u WHERE " + where);
        var select = entityManager.createNativeQuery("""
                SELECT u.organisation_number::text, u.name, u.organisation_form, u.registered_on, u.founded_on, u.nace_code, u.section::text,
                       m.code, m.name, u.municipality_code, u.employees, u.deleted_on
                FROM enterprise_unit u LEFT JOIN municipality m ON m.id = u.municipality_id
                WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(where, String.join(", ", order)));
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        select.setParameter("limit", pageSize);
        select.setParameter("offset", (long) request.page() * pageSize);
        long total = ((Number) count.getSingleResult()).longValue();
        List<UnitView> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            items.add(new UnitView(((String) r[0]).trim(), (String) r[1], (String) r[2], localDate(r[3]), localDate(r[4]),
                    (String) r[5], (String) r[6], r[7] == null ? null : new MunicipalityRef((String) r[7], (String) r[8]),
                    (String) r[9], r[10] == null ? null : ((Number) r[10]).intValue(), localDate(r[11])));
        }
        return new PageRequest.Page<>(items, request.page(), pageSize, total);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    // ---- register status ----

    @Transactional
    public RegisterStatus register() {
        long[] units = new long[3];
        query("SELECT count(*), count(*) FILTER (WHERE deleted_on IS NULL), count(*) FILTER (WHERE deleted_on IS NOT NULL) FROM enterprise_unit",
                rs -> {
                    units[0] = rs.getLong(1);
                    units[1] = rs.getLong(2);
                    units[2] = rs.getLong(3);
                });
        Object[] cursor = new Object[3];
        query("SELECT last_update_id, last_update_at FROM enterprise_register_cursor WHERE id = 1", rs -> {
            cursor[0] = rs.getLong(1);
            Timestamp at = rs.getTimestamp(2);
            cursor[1] = at == null ? null : at.toInstant();
        });
        query("""
                SELECT max(finished_at) FROM import_run
                WHERE kind = ? AND status = 'completed' AND NOT dry_run""", rs -> {
            Timestamp at = rs.getTimestamp(1);
            cursor[2] = at == null ? null : at.toInstant();
        }, EnterpriseImportService.KIND);
        return new RegisterStatus(units[0], units[1], units[2], (Long) cursor[0], (Instant) cursor[1], (Instant) cursor[2]);
    }

    // ---- for the programme KPI `new-enterprises` ----

    /** Units of the municipality registered and deleted from {@code from} to {@code to} (both inclusive): [registered, deleted]. */
    @Transactional
    public int[] registeredAndDeleted(Municipality municipality, LocalDate from, LocalDate to) {
        int[] counts = new int[2];
        query("""
                SELECT count(*) FILTER (WHERE registered_on BETWEEN ? AND ?), count(*) FILTER (WHERE deleted_on BETWEEN ? AND ?)
                FROM enterprise_unit WHERE municipality_id = ?""", rs -> {
            counts[0] = rs.getInt(1);
            counts[1] = rs.getInt(2);
        }, Date.valueOf(from), Date.valueOf(to), Date.valueOf(from), Date.valueOf(to), municipality.id);
        return counts;
    }

    /** New registrations per calendar year in the municipality (by business address), oldest first; only years with units. */
    @Transactional
    public NavigableMap<Integer, Double> registeredPerYear(Municipality municipality) {
        NavigableMap<Integer, Double> years = new TreeMap<>();
        query("""
                SELECT extract(year FROM registered_on)::int, count(*) FROM enterprise_unit
                WHERE municipality_id = ? AND registered_on IS NOT NULL GROUP BY 1""",
                rs -> years.put(rs.getInt(1), (double) rs.getLong(2)), municipality.id);
        return years;
    }

    // ---- plumbing ----

    private interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Runs a query on the transaction's connection; a Long[] parameter is a bigint array. */
    private void query(String sql, RowConsumer consumer, Object... parameters) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i] instanceof Long[] ids ? array(connection, ids) : parameters[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(rs);
                    }
                }
            }
        });
    }

    private static Array array(Connection connection, Long[] ids) throws SQLException {
        return connection.createArrayOf("bigint", ids);
    }

    private static Long[] ids(List<Municipality> members) {
        return members.stream().map(m -> m.id).toArray(Long[]::new);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
