package no.kongsberg.vekst.kpis;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.kpis.KpiViews.Baseline;
import no.kongsberg.vekst.kpis.KpiViews.KpiInput;
import no.kongsberg.vekst.kpis.KpiViews.Text;
import no.kongsberg.vekst.kpis.KpiViews.ValueInput;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.Constraints;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

/**
 * The KPIs: definitions and yearly targets (admins), manual values (editors), and every KPI's
 * values, statuses and trend by {@link KpiStatusRule}. Computed KPIs are computed when read, so
 * they follow every import and every agreement at once.
 */
@ApplicationScoped
public class KpiService {

    public static final String AUDIT_KPI = "kpi";
    public static final String AUDIT_VALUE = "kpi-value";
    static final Set<String> FOCUS_AREAS = Set.copyOf(FocusAreas.ALL);
    static final Set<String> UNITS = Set.of("percent", "persons", "nok", "rank", "count", "score");
    static final Set<String> DIRECTIONS = Set.of(KpiStatusRule.HIGHER_IS_BETTER, KpiStatusRule.LOWER_IS_BETTER);
    static final Set<String> SOURCES = Set.of(Kpi.COMPUTED, Kpi.MANUAL);
    static final int FIRST_TARGET_YEAR = 2019;
    static final int LAST_TARGET_YEAR = 2030;
    static final int FIRST_VALUE_YEAR = 1990;
    static final double LARGEST = 1_000_000_000_000d;
    static final int SPARKLINE_YEARS = 8;
    private static final String KEY_PATTERN = "^[a-z][a-z0-9-]{1,49}$";
    private static final Map<String, String> SORTABLE = Map.of("order", "order", "key", "key", "name", "name", "status",
            "status", "focusArea", "focusArea");

    private final KpiFormulas formulas;
    private final AuditService audit;
    private final SecurityIdentity identity;
    private final Instance<KpiContributions> contributions;

    public KpiService(KpiFormulas formulas, AuditService audit, SecurityIdentity identity,
            Instance<KpiContributions> contributions) {
        this.formulas = formulas;
        this.audit = audit;
        this.identity = identity;
        this.contributions = contributions;
    }

    public record ListQuery(String q, String focusArea, String status, String source, String sort, String page, String size) {
    }

    // ---- reading ----

    @Transactional
    public PageRequest.Page<KpiViews.Kpi> list(ListQuery query) {
        Validation validation = new Validation();
        String focusArea = QueryParams.oneOf(validation, "focusArea", query.focusArea(), FOCUS_AREAS);
        String status = QueryParams.oneOf(validation, "status", query.status(), Set.copyOf(KpiStatusRule.STATUSES));
        String source = QueryParams.oneOf(validation, "source", query.source(), SOURCES);
        validation.throwIfAny();
        PageRequest page = PageRequest.of(query.page(), query.size(), query.sort(), SORTABLE, "order");
        String text = query.q() == null ? "" : query.q().trim().toLowerCase(Locale.ROOT);

        List<Kpi> kpis = Kpi.listAll(Sort.by("sortOrder").and("key"));
        Map<String, List<KpiValue>> manual = manualValuesByKpi();
        Map<String, Map<Integer, Double>> added = added();
        List<KpiViews.Kpi> views = new ArrayList<>();
        for (Kpi kpi : kpis) {
            if ((focusArea != null && !focusArea.equals(kpi.focusArea)) || (source != null && !source.equals(kpi.source))
                    || !(kpi.key.contains(text) || kpi.nameNb.toLowerCase(Locale.ROOT).contains(text)
                            || kpi.nameEn.toLowerCase(Locale.ROOT).contains(text))) {
                continue;
            }
            KpiViews.Kpi view = view(kpi, manual.getOrDefault(kpi.key, List.of()), added.getOrDefault(kpi.key, Map.of()));
            if (status == null || status.equals(view.current().status())) {
                views.add(view);
            }
        }
        views.sort(comparator(page.sort(), kpis));
        int from = Math.min(views.size(), page.page() * page.size());
        int to = Math.min(views.size(), from + page.size());
        return page.page(views.subList(from, to), views.size());
    }

    @Transactional
    public KpiViews.Kpi get(String key) {
        Kpi kpi = find(key);
        return view(kpi, manualValues(kpi), addedTo(kpi));
    }

    @Transactional
    public KpiViews.ValueList values(String key, String fromParam, String toParam) {
        Validation validation = new Validation();
        Integer from = QueryParams.year(validation, "from", fromParam);
        Integer to = QueryParams.year(validation, "to", toParam);
        validation.check(from == null || to == null || from <= to, "to", "before-from", "to must not be before from.");
        validation.throwIfAny();
        Kpi kpi = find(key);
        List<KpiViews.Value> items = yearValues(kpi, manualValues(kpi), addedTo(kpi)).stream()
                .filter(v -> (from == null || Integer.parseInt(v.period()) >= from) && (to == null || Integer.parseInt(v.period()) <= to))
                .toList();
        return new KpiViews.ValueList(kpi.key, items);
    }

    /** The public KPIs, in the programme's order, for the website. */
    @Transactional
    public KpiViews.PublicKpiList publicList() {
        Map<String, List<KpiValue>> manual = manualValuesByKpi();
        Map<String, Map<Integer, Double>> added = added();
        List<KpiViews.PublicKpi> items = new ArrayList<>();
        for (Kpi kpi : Kpi.<Kpi>list("isPublic = true", Sort.by("sortOrder").and("key"))) {
            KpiViews.Kpi view = view(kpi, manual.getOrDefault(kpi.key, List.of()), added.getOrDefault(kpi.key, Map.of()));
            KpiViews.Point latest = view.latest() == null ? null : new KpiViews.Point(view.latest().period(), view.latest().value());
            items.add(new KpiViews.PublicKpi(view.key(), view.name(), view.focusArea(), view.unit(), view.direction(), latest,
                    view.current().target(), view.current().status(), view.latest() == null ? null : view.latest().trend(),
                    view.current().projection()));
        }
        return new KpiViews.PublicKpiList(OsloTime.currentYear(), items);
    }

    /**
     * Every KPI, in the programme's order, as it stands for a year: its latest value up to that year
     * (later years unseen) and the year's assessment. What a report for a period of the year shows.
     */
    @Transactional
    public List<KpiViews.YearStanding> standingIn(int year) {
        Map<String, List<KpiValue>> manual = manualValuesByKpi();
        Map<String, Map<Integer, Double>> added = added();
        List<KpiViews.YearStanding> items = new ArrayList<>();
        for (Kpi kpi : Kpi.<Kpi>listAll(Sort.by("sortOrder").and("key"))) {
            NavigableMap<Integer, Double> upTo = valuesByYear(yearValues(kpi, manual.getOrDefault(kpi.key, List.of()),
                    added.getOrDefault(kpi.key, Map.of()))).headMap(year, true);
            KpiStatusRule.Assessment assessment = assess(kpi, upTo, year);
            Map.Entry<Integer, Double> latest = upTo.lastEntry();
            items.add(new KpiViews.YearStanding(kpi.key, new Text(kpi.nameNb, kpi.nameEn), kpi.unit, kpi.direction,
                    latest == null ? null : new KpiViews.Point(Integer.toString(latest.getKey()), latest.getValue()),
                    assessment.target(), assessment.verdict().status(), assessment.verdict().missPercent(), assessment.trend()));
        }
        return items;
    }

    // ---- definitions and targets (admins) ----

    @Transactional
    public KpiViews.Kpi create(KpiInput input) {
        Validation validation = new Validation();
        String key = input == null ? null : input.key();
        validation.check(key != null && key.matches(KEY_PATTERN), "key", key == null ? "required" : "invalid",
                "The key is 2-50 characters: lower-case letters, digits and hyphens, starting with a letter.");
        checkDefinition(validation, input, null);
        validation.throwIfAny();
        if (Kpi.findById(key) != null) {
            throw keyTaken(key);
        }
        Kpi kpi = new Kpi();
        kpi.key = key;
        kpi.source = Kpi.MANUAL;
        Integer last = Kpi.getEntityManager().createQuery("select max(k.sortOrder) from Kpi k", Integer.class).getSingleResult();
        kpi.sortOrder = (last == null ? 0 : last) + 10;
        apply(kpi, input);
        kpi.updatedAt = Instant.now();
        try {
            kpi.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "kpi_pkey")) {
                throw keyTaken(key);
            }
            throw e;
        }
        audit.record("create", AUDIT_KPI, key, Changes.created(kpi.auditView()));
        return view(kpi, List.of(), addedTo(kpi));
    }

    @Transactional
    public KpiViews.Kpi update(String key, String ifMatch, KpiInput input) {
        Kpi kpi = find(key);
        ETags.requireMatch(ifMatch, kpi.version);
        Validation validation = new Validation();
        checkDefinition(validation, input, kpi);
        validation.throwIfAny();
        Map<String, Object> before = kpi.auditView();
        apply(kpi, input);
        recordChange(kpi, before);
        return view(kpi, manualValues(kpi), addedTo(kpi));
    }

    /** Sets the listed years' targets (null removes one); the others stay as they are. */
    @Transactional
    public KpiViews.Kpi setTargets(String key, String ifMatch, KpiViews.TargetsInput input) {
        Kpi kpi = find(key);
        ETags.requireMatch(ifMatch, kpi.version);
        Validation validation = new Validation();
        List<KpiViews.Target> targets = input == null ? null : input.targets();
        validation.check(targets != null && !targets.isEmpty(), "targets", targets == null ? "required" : "empty",
                "List at least one year's target.");
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; targets != null && i < targets.size(); i++) {
            KpiViews.Target target = targets.get(i);
            String field = "targets[" + i + "]";
            if (target == null || target.year() == null) {
                validation.add(field + ".year", "required", "Each target needs its year.");
                continue;
            }
            validation.check(target.year() >= FIRST_TARGET_YEAR && target.year() <= LAST_TARGET_YEAR, field + ".year",
                    "out-of-range", "Targets are set for " + FIRST_TARGET_YEAR + "-" + LAST_TARGET_YEAR + ".");
            validation.check(seen.add(target.year()), field + ".year", "duplicate", "The year " + target.year() + " is listed twice.");
            if (target.value() != null) {
                checkNumber(validation, field + ".value", target.value(), kpi.unit);
            }
        }
        validation.throwIfAny();
        Map<String, Object> before = kpi.auditView();
        for (KpiViews.Target target : targets) {
            if (target.value() == null) {
                kpi.targets.remove(target.year());
            } else {
                kpi.targets.put(target.year(), scaled(target.value()));
            }
        }
        recordChange(kpi, before);
        return view(kpi, manualValues(kpi), addedTo(kpi));
    }

    // ---- manual values (editors) ----

    /** The value as the API shows it, with its ETag's version. */
    public record SavedValue(KpiViews.Value value, int version) {
    }

    @Transactional
    public SavedValue createValue(String key, ValueInput input) {
        Kpi kpi = find(key);
        if (kpi.computed()) {
            throw ApiProblem.conflict("period", "computed-kpi", "The KPI " + key + " is computed from the data; it takes no manual values.");
        }
        Validation validation = new Validation();
        String period = input == null ? null : input.period();
        Integer year = checkPeriod(validation, "period", period);
        checkValue(validation, input, kpi);
        validation.throwIfAny();
        if (KpiValue.count("kpiKey = ?1 and period = ?2", key, period) > 0) {
            throw periodHasValue(key, year);
        }
        KpiValue value = new KpiValue();
        value.id = UUID.randomUUID();
        value.kpiKey = key;
        value.period = Integer.toString(year);
        apply(value, input);
        value.enteredBy = identity.getPrincipal().getName();
        value.createdAt = Instant.now();
        value.updatedAt = value.createdAt;
        try {
            value.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "kpi_value_one_a_year")) {
                throw periodHasValue(key, year);
            }
            throw e;
        }
        audit.record("create", AUDIT_VALUE, key + "/" + value.period, Changes.created(value.auditView()));
        return saved(kpi, value);
    }

    @Transactional
    public SavedValue updateValue(String key, String period, String ifMatch, ValueInput input) {
        Kpi kpi = find(key);
        KpiValue value = findValue(kpi, period);
        ETags.requireMatch(ifMatch, value.version);
        Validation validation = new Validation();
        checkValue(validation, input, kpi);
        validation.throwIfAny();
        Map<String, Object> before = value.auditView();
        apply(value, input);
        if (audit.recordUpdate(AUDIT_VALUE, key + "/" + value.period, before, value.auditView())) {
            value.enteredBy = identity.getPrincipal().getName();
            value.updatedAt = Instant.now();
        }
        value.persistAndFlush();
        return saved(kpi, value);
    }

    @Transactional
    public void deleteValue(String key, String period, String ifMatch) {
        Kpi kpi = find(key);
        KpiValue value = findValue(kpi, period);
        ETags.requireMatch(ifMatch, value.version);
        audit.record("delete", AUDIT_VALUE, key + "/" + value.period, Changes.deleted(value.auditView()));
        value.delete();
    }

    // ---- the views ----

    private KpiViews.Kpi view(Kpi kpi, List<KpiValue> manual, Map<Integer, Double> added) {
        List<KpiViews.Value> years = yearValues(kpi, manual, added);
        KpiStatusRule.Assessment current = assess(kpi, valuesByYear(years), OsloTime.currentYear());
        List<KpiViews.Point> sparkline = years.subList(Math.max(0, years.size() - SPARKLINE_YEARS), years.size()).stream()
                .map(v -> new KpiViews.Point(v.period(), v.value())).toList();
        List<KpiViews.Target> targets = IntStream.rangeClosed(FIRST_TARGET_YEAR, LAST_TARGET_YEAR)
                .mapToObj(y -> new KpiViews.Target(y, kpi.targetFor(y))).toList();
        return new KpiViews.Kpi(kpi.key, new Text(kpi.nameNb, kpi.nameEn), new Text(kpi.descriptionNb, kpi.descriptionEn),
                kpi.focusArea, kpi.unit, kpi.direction,
                kpi.baselineYear == null ? null : new Baseline(kpi.baselineYear, kpi.baselineValue.doubleValue()), kpi.source,
                kpi.formula, kpi.isPublic, years.isEmpty() ? null : years.get(years.size() - 1), KpiViews.Assessment.of(current),
                sparkline, targets, kpi.version, kpi.updatedAt);
    }

    private static NavigableMap<Integer, Double> valuesByYear(List<KpiViews.Value> years) {
        NavigableMap<Integer, Double> values = new TreeMap<>();
        years.forEach(v -> values.put(Integer.parseInt(v.period()), v.value()));
        return values;
    }

    private static KpiStatusRule.Assessment assess(Kpi kpi, NavigableMap<Integer, Double> values, int year) {
        // A rank cannot be projected below first place.
        return KpiStatusRule.assess(values, year, kpi::targetFor, kpi.direction, "rank".equals(kpi.unit) ? 1.0 : null);
    }

    /**
     * Every year with a value, oldest first: computed from the data, or as entered, plus what campaigns
     * feeding the KPI add (a year with only their contribution has a value too).
     */
    private List<KpiViews.Value> yearValues(Kpi kpi, List<KpiValue> manual, Map<Integer, Double> added) {
        NavigableMap<Integer, Double> values;
        Map<Integer, KpiValue> entered = new HashMap<>();
        if (kpi.computed()) {
            values = new TreeMap<>(formulas.values(kpi.formula));
        } else {
            values = new TreeMap<>();
            for (KpiValue v : manual) {
                int year = Integer.parseInt(v.period);
                values.put(year, v.value.doubleValue());
                entered.put(year, v);
            }
        }
        added.forEach((year, amount) -> values.merge(year, amount, Double::sum));
        return KpiStatusRule.years(values, kpi::targetFor, kpi.direction).stream().map(y -> {
            KpiValue v = entered.get(y.year());
            return new KpiViews.Value(Integer.toString(y.year()), y.value(), y.target(), y.verdict().status(),
                    y.verdict().missPercent(), y.trend(), kpi.source, v == null ? null : v.comment,
                    v == null ? null : v.evidenceUrl, v == null || Roles.isIntegrator(identity) ? null : v.enteredBy, v == null ? null : v.updatedAt,
                    v == null ? null : v.version, added.get(y.year()));
        }).toList();
    }

    /** What other parts of the programme add to each KPI, by year: one read for all KPIs. */
    private Map<String, Map<Integer, Double>> added() {
        Map<String, Map<Integer, Double>> added = new HashMap<>();
        for (KpiContributions source : contributions) {
            source.byKpi().forEach((key, years) -> years.forEach((year, amount) ->
                    added.computeIfAbsent(key, k -> new HashMap<>()).merge(year, amount, Double::sum)));
        }
        return added;
    }

    private Map<Integer, Double> addedTo(Kpi kpi) {
        return added().getOrDefault(kpi.key, Map.of());
    }

    private SavedValue saved(Kpi kpi, KpiValue value) {
        KpiViews.Value view = yearValues(kpi, manualValues(kpi), addedTo(kpi)).stream().filter(v -> v.period().equals(value.period))
                .findFirst().orElseThrow();
        return new SavedValue(view, value.version);
    }

    private static Comparator<KpiViews.Kpi> comparator(Sort sort, List<Kpi> inOrder) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < inOrder.size(); i++) {
            order.put(inOrder.get(i).key, i);
        }
        Comparator<KpiViews.Kpi> result = null;
        for (Sort.Column column : sort.getColumns()) {
            Comparator<KpiViews.Kpi> next = switch (column.getName()) {
                case "key" -> Comparator.comparing(KpiViews.Kpi::key);
                case "name" -> Comparator.comparing((KpiViews.Kpi k) -> k.name().nb().toLowerCase(Locale.ROOT));
                case "status" -> Comparator.comparing((KpiViews.Kpi k) -> KpiStatusRule.STATUSES.indexOf(k.current().status()));
                case "focusArea" -> Comparator.comparing((KpiViews.Kpi k) -> k.focusArea() == null ? "~" : k.focusArea());
                default -> Comparator.comparing((KpiViews.Kpi k) -> order.get(k.key()));
            };
            if (column.getDirection() == Sort.Direction.Descending) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        return result.thenComparing(k -> order.get(k.key()));
    }

    // ---- checks ----

    private static void checkDefinition(Validation validation, KpiInput input, Kpi existing) {
        if (input == null) {
            validation.add("name", "required", "Send the KPI's definition.");
            return;
        }
        checkText(validation, "name", input.name(), 200, true);
        checkText(validation, "description", input.description(), 2000, false);
        validation.check(input.focusArea() == null || FOCUS_AREAS.contains(input.focusArea()), "focusArea", "unknown-value",
                "The focus area is residents, industry, tourism or retail (or none).");
        validation.check(input.unit() != null && UNITS.contains(input.unit()), "unit", input.unit() == null ? "required" : "unknown-value",
                "The unit is one of " + String.join(", ", UNITS.stream().sorted().toList()) + ".");
        validation.check(input.direction() != null && DIRECTIONS.contains(input.direction()), "direction",
                input.direction() == null ? "required" : "unknown-value", "The direction is higher-is-better or lower-is-better.");
        if (existing != null && existing.computed()) {
            // A computed KPI's unit and direction are its formula's.
            validation.check(input.unit() == null || input.unit().equals(existing.unit), "unit", "fixed-by-formula",
                    "A computed KPI's unit is fixed by its formula (" + existing.unit + ").");
            validation.check(input.direction() == null || input.direction().equals(existing.direction), "direction",
                    "fixed-by-formula", "A computed KPI's direction is fixed by its formula (" + existing.direction + ").");
        }
        Baseline baseline = input.baseline();
        if (baseline != null) {
            validation.check(baseline.year() != null && baseline.year() >= FIRST_VALUE_YEAR && baseline.year() <= 2100,
                    "baseline.year", baseline.year() == null ? "required" : "out-of-range", "The baseline year must be 1990-2100.");
            if (baseline.value() == null) {
                validation.add("baseline.value", "required", "The baseline needs its value.");
            } else {
                checkNumber(validation, "baseline.value", baseline.value(), UNITS.contains(input.unit()) ? input.unit() : "score");
            }
        }
        validation.check(input.isPublic() != null, "public", "required", "Say whether the KPI is public (true or false).");
    }

    private static void checkText(Validation validation, String field, Text text, int max, boolean required) {
        if (text == null) {
            validation.add(field, "required", "Give the " + field + " in Norwegian (nb) and English (en).");
            return;
        }
        for (String language : List.of("nb", "en")) {
            String value = "nb".equals(language) ? text.nb() : text.en();
            String path = field + "." + language;
            if (value == null || (required && value.isBlank())) {
                validation.add(path, "required", "The " + field + " in " + language + " is required.");
            } else {
                validation.check(value.length() <= max, path, "too-long", "At most " + max + " characters.");
                validation.check(value.indexOf('\u0000') < 0, path, "invalid", "NUL characters are not allowed.");
            }
        }
    }

    private static void checkNumber(Validation validation, String field, double value, String unit) {
        if (Double.isNaN(value) || Math.abs(value) > LARGEST) {
            validation.add(field, "out-of-range", "The value must be between -1 000 000 000 000 and 1 000 000 000 000.");
        } else if ("rank".equals(unit)) {
            validation.check(value >= 1 && value == Math.rint(value), field, "invalid-rank", "A rank is a whole number from 1.");
        } else if ("count".equals(unit) || "nok".equals(unit)) {
            validation.check(value >= 0, field, "negative", "A " + ("nok".equals(unit) ? "sum of kroner" : "count")
                    + " cannot be negative.");
        }
    }

    private static Integer checkPeriod(Validation validation, String field, String period) {
        if (period == null) {
            validation.add(field, "required", "The year is required.");
            return null;
        }
        if (!period.matches("^[0-9]{4}$")) {
            validation.add(field, "invalid", "KPI values are yearly: give the year, e.g. 2025.");
            return null;
        }
        int year = Integer.parseInt(period);
        int current = OsloTime.currentYear();
        validation.check(year >= FIRST_VALUE_YEAR && year <= current, field, "out-of-range",
                "The year must be " + FIRST_VALUE_YEAR + "-" + current + " (no values for years to come).");
        return year;
    }

    private static void checkValue(Validation validation, ValueInput input, Kpi kpi) {
        if (input == null || input.value() == null) {
            validation.add("value", "required", "The value is required.");
        } else {
            checkNumber(validation, "value", input.value(), kpi.unit);
        }
        String comment = input == null ? null : input.comment();
        if (comment == null || comment.isBlank()) {
            validation.add("comment", "required", "Say where the value comes from or how it was found.");
        } else {
            validation.check(comment.length() <= 2000, "comment", "too-long", "At most 2000 characters.");
            validation.check(comment.indexOf('\u0000') < 0, "comment", "invalid", "NUL characters are not allowed.");
        }
        String url = input == null ? null : input.evidenceUrl();
        if (url != null && !url.isBlank()) {
            validation.check(url.length() <= 500 && url.matches("^https?://\\S+$"), "evidenceUrl", "invalid-url",
                    "The evidence link must be an http(s) address of at most 500 characters.");
        }
    }

    // ---- helpers ----

    private static void apply(Kpi kpi, KpiInput input) {
        kpi.nameNb = input.name().nb().trim();
        kpi.nameEn = input.name().en().trim();
        kpi.descriptionNb = input.description().nb().trim();
        kpi.descriptionEn = input.description().en().trim();
        kpi.focusArea = input.focusArea();
        kpi.unit = input.unit();
        kpi.direction = input.direction();
        kpi.baselineYear = input.baseline() == null ? null : input.baseline().year();
        kpi.baselineValue = input.baseline() == null ? null : scaled(input.baseline().value());
        kpi.isPublic = input.isPublic();
    }

    private static void apply(KpiValue value, ValueInput input) {
        value.value = scaled(input.value());
        value.comment = input.comment().trim();
        value.evidenceUrl = input.evidenceUrl() == null || input.evidenceUrl().isBlank() ? null : input.evidenceUrl().trim();
    }

    private void recordChange(Kpi kpi, Map<String, Object> before) {
        if (audit.recordUpdate(AUDIT_KPI, kpi.key, before, kpi.auditView())) {
            kpi.updatedAt = Instant.now();
        }
        kpi.persistAndFlush();
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    private static Kpi find(String key) {
        Kpi kpi = key == null ? null : Kpi.findById(key);
        if (kpi == null) {
            throw ApiProblem.notFound("No KPI has the key " + QueryParams.shorten(key) + ".");
        }
        return kpi;
    }

    private static KpiValue findValue(Kpi kpi, String period) {
        KpiValue value = period == null ? null : KpiValue.find("kpiKey = ?1 and period = ?2", kpi.key, period).firstResult();
        if (value == null) {
            throw ApiProblem.notFound("The KPI " + kpi.key + " has no value entered for " + QueryParams.shorten(period) + ".");
        }
        return value;
    }

    private static List<KpiValue> manualValues(Kpi kpi) {
        return kpi.computed() ? List.of() : KpiValue.list("kpiKey", Sort.by("period"), kpi.key);
    }

    private static Map<String, List<KpiValue>> manualValuesByKpi() {
        Map<String, List<KpiValue>> byKpi = new HashMap<>();
        KpiValue.<KpiValue>listAll(Sort.by("period")).forEach(v -> byKpi.computeIfAbsent(v.kpiKey, k -> new ArrayList<>()).add(v));
        return byKpi;
    }

    private static ApiProblem keyTaken(String key) {
        return ApiProblem.conflict("key", "taken", "A KPI with the key " + key + " exists already.");
    }

    private static ApiProblem periodHasValue(String key, Integer year) {
        return ApiProblem.conflict("period", "period-has-value", "The KPI " + key + " has a value for " + year
                + " already; change it instead.");
    }
}
