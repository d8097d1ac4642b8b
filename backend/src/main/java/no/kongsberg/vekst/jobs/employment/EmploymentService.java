package no.kongsberg.vekst.jobs.employment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.jobs.JobsDemoData;
import no.kongsberg.vekst.jobs.JobsNote;
import no.kongsberg.vekst.platform.YearSpan;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.municipalities.Subjects.Subject;
import no.kongsberg.vekst.municipalities.Subjects.SubjectView;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.population.Growth;

/**
 * Employment figures: jobs (by workplace) and employed residents (by residence) per year, by
 * ownership and by industry section in each figure's own classification, for a municipality or
 * the sum of a group's members; and the comparison of a group's members.
 */
@ApplicationScoped
public class EmploymentService {

    public record YearItem(String year, Integer jobs, Integer growth, Double growthPercent, Integer privateJobs, Integer publicJobs,
            Integer employedResidents, Double jobsPerEmployedResident, Map<String, String> missing) {
    }

    public record IndustryItem(String year, String basis, String classification, String section, Integer persons, Integer growth,
            Double growthPercent, boolean seriesBreak, String missing) {
    }

    public record SeriesBreak(String year, String basis, String from, String to, String message) {
    }

    public record Employment(SubjectView subject, List<YearItem> items, List<IndustryItem> byIndustry, List<SeriesBreak> seriesBreaks,
            List<JobsNote> notes) implements DataLicences.Attributed {
    }

    public record ComparisonFigures(Integer jobsStart, Integer jobsEnd, Integer growth, Double growthPercent,
            Double jobsPerEmployedResident, Double privateSharePercent) {
    }

    public record ComparisonRow(Integer rank, MunicipalityRef municipality, boolean home, boolean member, ComparisonFigures figures) {
    }

    public record Comparison(SubjectView group, String from, String to, List<ComparisonRow> rows, ComparisonFigures aggregate,
            List<JobsNote> notes) implements DataLicences.Attributed {
    }

    /** One stored figure's key within a municipality. */
    record Key(int year, String basis, String classification, String industry, String ownership) {
    }

    /** A value: persons, or the reason there are none. */
    record Value(Integer persons, String missing) {
    }

    private final Subjects subjects;
    private final EntityManager entityManager;

    public EmploymentService(Subjects subjects, EntityManager entityManager) {
        this.subjects = subjects;
        this.entityManager = entityManager;
    }

    @Transactional
    public Employment employment(String municipality, String region, String peerGroup, String from, String to) {
        Validation validation = new Validation();
        Subject subject = subjects.subject(validation, municipality, region, peerGroup);
        YearSpan span = YearSpan.of(validation, from, to);
        validation.throwIfAny();
        List<JobsNote> notes = new ArrayList<>();
        Map<Key, Value> values = summed(subject, load(subject.members()), notes);
        values.keySet().removeIf(k -> !span.contains(k.year()));
        boolean demo = (Boolean) entityManager.createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM employment WHERE municipality_id IN (:ids) AND source = :demo)")
                .setParameter("ids", subject.members().stream().map(m -> m.id).toList()).setParameter("demo", JobsDemoData.SOURCE)
                .getSingleResult();
        if (demo) {
            notes.add(JobsNote.demoData());
        }
        return new Employment(subject.view(), yearItems(values), industryItems(values), seriesBreaks(values), notes);
    }

    /** The municipality's own yearly figures, oldest first. */
    @Transactional
    public List<YearItem> yearly(Municipality municipality) {
        return yearItems(load(List.of(municipality)).getOrDefault(municipality.id, Map.of()));
    }

    /** The home municipality's jobs growth in % per year, oldest first (the programme KPI). */
    @Transactional
    public NavigableMap<Integer, Double> homeJobsGrowthPercent() {
        NavigableMap<Integer, Double> growth = new TreeMap<>();
        subjects.home().ifPresent(home -> yearItems(load(List.of(home)).getOrDefault(home.id, Map.of())).stream()
                .filter(i -> i.growthPercent() != null).forEach(i -> growth.put(Integer.parseInt(i.year()), i.growthPercent())));
        return growth;
    }

    @Transactional
    public Comparison comparison(String region, String peerGroup, String municipality, String from, String to) {
        Validation validation = new Validation();
        boolean groupGiven = !(region == null || region.isBlank()) || !(peerGroup == null || peerGroup.isBlank());
        validation.check(groupGiven, "region", "required", "Give a region or a peerGroup to compare with.");
        validation.check(!(groupGiven && region != null && !region.isBlank() && peerGroup != null && !peerGroup.isBlank()),
                "region", "one-subject", "Give a region or a peerGroup, not both.");
        Subject group = validation.errors().isEmpty() ? subjects.group(validation, region, peerGroup) : null;
        Municipality home = subjects.municipality(validation, "municipality", municipality);
        YearSpan span = YearSpan.of(validation, from, to);
        validation.throwIfAny();

        List<Municipality> compared = new ArrayList<>(group.members());
        boolean homeIsMember = compared.stream().anyMatch(m -> m.id.equals(home.id));
        if (!homeIsMember) {
            compared.add(home);
        }
        Map<Long, Map<Key, Value>> loaded = load(compared);
        Map<Long, List<YearItem>> yearly = new HashMap<>();
        compared.forEach(m -> yearly.put(m.id, yearItems(loaded.getOrDefault(m.id, Map.of()))));
        int last = span.to() != null ? span.to() : YearSpan.latestCommonYear(group.members().stream()
                .map(m -> yearly.get(m.id).stream().filter(i -> i.jobs() != null).map(i -> Integer.parseInt(i.year())).toList()).toList());
        int first = span.from() != null ? span.from() : last - 5;
        List<ComparisonRow> rows = new ArrayList<>();
        List<JobsNote> notes = new ArrayList<>();
        for (Municipality m : compared) {
            ComparisonFigures figures = figures(yearly.get(m.id), first, last);
            if (figures.jobsStart() == null || figures.jobsEnd() == null) {
                notes.add(JobsNote.memberMissing(m, List.of(Integer.toString(first), Integer.toString(last)).stream()
                        .filter(y -> yearly.get(m.id).stream().noneMatch(i -> i.year().equals(y) && i.jobs() != null)).toList()));
            }
            rows.add(new ComparisonRow(null, MunicipalityRef.of(m), m.id.equals(home.id), group.members().contains(m), figures));
        }
        List<ComparisonRow> ranked = rank(rows);
        Map<Key, Value> groupSum = summed(group, loaded, new ArrayList<>());
        ComparisonFigures aggregate = figures(yearItems(groupSum), first, last);
        return new Comparison(group.view(), Integer.toString(first), Integer.toString(last), ranked, aggregate, notes);
    }

    private static List<ComparisonRow> rank(List<ComparisonRow> rows) {
        List<ComparisonRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((ComparisonRow r) -> r.figures().growthPercent(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.municipality().name()));
        List<ComparisonRow> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ComparisonRow r = sorted.get(i);
            ranked.add(new ComparisonRow(r.figures().growthPercent() == null ? null : i + 1, r.municipality(), r.home(), r.member(),
                    r.figures()));
        }
        return ranked;
    }

    private static ComparisonFigures figures(List<YearItem> items, int first, int last) {
        YearItem start = items.stream().filter(i -> i.year().equals(Integer.toString(first))).findFirst().orElse(null);
        YearItem end = items.stream().filter(i -> i.year().equals(Integer.toString(last))).findFirst().orElse(null);
        Integer jobsStart = start == null ? null : start.jobs();
        Integer jobsEnd = end == null ? null : end.jobs();
        Integer growth = Growth.growth(jobsStart, jobsEnd);
        Double percent = jobsStart == null || jobsEnd == null || jobsStart == 0 || last <= first ? null
                : Growth.compoundPercent(jobsEnd / (double) jobsStart, last - first);
        return new ComparisonFigures(jobsStart, jobsEnd, growth, percent, end == null ? null : end.jobsPerEmployedResident(),
                end == null ? null : Growth.ratio(end.privateJobs(), end.jobs(), 100));
    }

    /** Every stored figure of the municipalities, by municipality id. */
    @SuppressWarnings("unchecked")
    private Map<Long, Map<Key, Value>> load(List<Municipality> municipalities) {
        Map<Long, Map<Key, Value>> byMunicipality = new HashMap<>();
        if (municipalities.isEmpty()) {
            return byMunicipality;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT municipality_id, year, basis, classification, industry, ownership, persons, missing
                FROM employment WHERE municipality_id IN (:ids)""")
                .setParameter("ids", municipalities.stream().map(m -> m.id).toList()).getResultList();
        for (Object[] r : rows) {
            byMunicipality.computeIfAbsent(((Number) r[0]).longValue(), id -> new HashMap<>())
                    .put(new Key(((Number) r[1]).intValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5]),
                            new Value(r[6] == null ? null : ((Number) r[6]).intValue(), (String) r[7]));
        }
        return byMunicipality;
    }

    /**
     * A municipality's own figures, or a group's sums: a key every member has a number for sums
     * them; a key some member lacks has no number, and a note names those members and years.
     */
    private static Map<Key, Value> summed(Subject subject, Map<Long, Map<Key, Value>> loaded, List<JobsNote> notes) {
        if (!subject.group()) {
            return loaded.getOrDefault(subject.members().get(0).id, Map.of());
        }
        Map<Key, Value> sums = new HashMap<>();
        TreeSet<Key> keys = new TreeSet<>(Comparator.comparing(Key::year).thenComparing(Key::basis).thenComparing(Key::classification)
                .thenComparing(Key::industry).thenComparing(Key::ownership));
        loaded.values().forEach(m -> keys.addAll(m.keySet()));
        Map<Municipality, TreeSet<String>> lacking = new LinkedHashMap<>();
        for (Key key : keys) {
            int total = 0;
            String missing = null;
            for (Municipality member : subject.members()) {
                Value value = loaded.getOrDefault(member.id, Map.of()).get(key);
                if (value == null || value.persons() == null) {
                    missing = value == null ? ".." : value.missing();
                    if (isJobsTotal(key)) {
                        lacking.computeIfAbsent(member, m -> new TreeSet<>()).add(Integer.toString(key.year()));
                    }
                } else {
                    total += value.persons();
                }
            }
            sums.put(key, missing == null ? new Value(total, null) : new Value(null, missing));
        }
        lacking.forEach((member, years) -> notes.add(JobsNote.memberMissing(member, List.copyOf(years))));
        return sums;
    }

    private static boolean isJobsTotal(Key key) {
        return key.basis().equals("workplace") && key.industry().equals(EmploymentFiles.TOTAL) && key.ownership().equals(EmploymentFiles.ALL);
    }

    private static List<YearItem> yearItems(Map<Key, Value> values) {
        TreeSet<Integer> years = new TreeSet<>();
        values.keySet().forEach(k -> years.add(k.year()));
        List<YearItem> items = new ArrayList<>();
        Map<Integer, Integer> jobsByYear = new HashMap<>();
        for (int year : years) {
            jobsByYear.put(year, total(values, year, "workplace", EmploymentFiles.ALL).persons());
        }
        for (int year : years) {
            Map<String, String> missing = new LinkedHashMap<>();
            Value jobs = total(values, year, "workplace", EmploymentFiles.ALL);
            Value privateJobs = total(values, year, "workplace", "private");
            Value publicJobs = total(values, year, "workplace", "public");
            Value residents = total(values, year, "residence", EmploymentFiles.ALL);
            putMissing(missing, "jobs", jobs);
            putMissing(missing, "privateJobs", privateJobs);
            putMissing(missing, "publicJobs", publicJobs);
            putMissing(missing, "employedResidents", residents);
            Integer before = jobsByYear.get(year - 1);
            Integer growth = Growth.growth(before, jobs.persons());
            items.add(new YearItem(Integer.toString(year), jobs.persons(), growth, Growth.percent(growth, before), privateJobs.persons(),
                    publicJobs.persons(), residents.persons(), Growth.ratio(jobs.persons(), residents.persons(), 1), missing));
        }
        return items;
    }

    private static void putMissing(Map<String, String> missing, String field, Value value) {
        if (value.persons() == null && value.missing() != null) {
            missing.put(field, value.missing());
        }
    }

    /**
     * The year's total over all industries for a basis and ownership: the stored total, else the
     * sum of the year's sections in one classification when none of them is missing.
     */
    private static Value total(Map<Key, Value> values, int year, String basis, String ownership) {
        Value stored = values.get(new Key(year, basis, EmploymentFiles.ALL, EmploymentFiles.TOTAL, ownership));
        if (stored != null && stored.persons() != null) {
            return stored;
        }
        for (String classification : List.of("SN2025", "SN2007")) {
            List<Value> sections = values.entrySet().stream()
                    .filter(e -> e.getKey().year() == year && e.getKey().basis().equals(basis)
                            && e.getKey().classification().equals(classification) && e.getKey().ownership().equals(ownership))
                    .map(Map.Entry::getValue).toList();
            if (!sections.isEmpty() && sections.stream().allMatch(v -> v.persons() != null)) {
                return new Value(sections.stream().mapToInt(Value::persons).sum(), null);
            }
        }
        return stored != null ? stored : new Value(null, null);
    }

    /** Persons per section (ownership all), each compared with the year before in the same classification. */
    private static List<IndustryItem> industryItems(Map<Key, Value> values) {
        Map<String, TreeMap<Integer, String>> classificationByYear = classificationsByYear(values);
        List<IndustryItem> items = new ArrayList<>();
        values.entrySet().stream()
                .filter(e -> !e.getKey().industry().equals(EmploymentFiles.TOTAL) && e.getKey().ownership().equals(EmploymentFiles.ALL))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::basis).thenComparing(Key::year).thenComparing(Key::industry)))
                .forEach(e -> {
                    Key k = e.getKey();
                    Value before = values.get(new Key(k.year() - 1, k.basis(), k.classification(), k.industry(), k.ownership()));
                    Integer previous = before == null ? null : before.persons();
                    Integer growth = Growth.growth(previous, e.getValue().persons());
                    String previousClassification = classificationByYear.getOrDefault(k.basis(), new TreeMap<>()).get(k.year() - 1);
                    boolean seriesBreak = previousClassification != null && !previousClassification.equals(k.classification());
                    items.add(new IndustryItem(Integer.toString(k.year()), k.basis(), k.classification(), k.industry(), e.getValue().persons(),
                            growth, Growth.percent(growth, previous), seriesBreak, e.getValue().missing()));
                });
        return items;
    }

    /** Per basis, the classification each year's sections are in (the newer when a year has both). */
    private static Map<String, TreeMap<Integer, String>> classificationsByYear(Map<Key, Value> values) {
        Map<String, TreeMap<Integer, String>> byBasis = new HashMap<>();
        values.keySet().stream().filter(k -> !k.industry().equals(EmploymentFiles.TOTAL))
                .forEach(k -> byBasis.computeIfAbsent(k.basis(), b -> new TreeMap<>())
                        .merge(k.year(), k.classification(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return byBasis;
    }

    private static List<SeriesBreak> seriesBreaks(Map<Key, Value> values) {
        List<SeriesBreak> breaks = new ArrayList<>();
        classificationsByYear(values).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String previous = null;
            for (Map.Entry<Integer, String> year : e.getValue().entrySet()) {
                if (previous != null && !Objects.equals(previous, year.getValue())) {
                    breaks.add(new SeriesBreak(Integer.toString(year.getKey()), e.getKey(), previous, year.getValue(),
                            "From " + year.getKey() + " the figures by industry are in " + year.getValue() + ", before in " + previous
                                    + ": sections are not comparable across the change."));
                }
                previous = year.getValue();
            }
        });
        return breaks;
    }
}
