package no.kongsberg.vekst.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.PeerGroup;
import no.kongsberg.vekst.municipalities.Region;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * Residential attractiveness (docs/attractiveness.md): for a span, each municipality's net
 * migration rate against what its job growth and size would predict, from an OLS fit across every
 * municipality with complete data. Computed live from the stored figures on every call.
 */
@ApplicationScoped
public class AttractivenessService {

    /** The fewest municipalities the fit is made on. */
    public static final int MIN_MUNICIPALITIES = 50;
    public static final int MAX_YEARS = 30;
    static final int DEFAULT_YEARS = 5;

    /** Sources of generated figures: the synthetic dataset and the demo data. */
    static final String GENERATED = "(source like 'synthetic%' or source like 'Demodata%')";

    private final EntityManager entityManager;
    private final SettingsService settings;

    public AttractivenessService(EntityManager entityManager, SettingsService settings) {
        this.entityManager = entityManager;
        this.settings = settings;
    }

    public record Coefficient(String term, double estimate, double standardError) {
    }

    public record GroupRank(String kind, String key, String name, int rank, int of) {
    }

    public record Row(Municipality municipality, int population, int netMigration, int jobsFrom, int jobsTo,
            double netMigrationRate, double jobGrowthRate, double expectedNetMigrationRate, double residual, int rank,
            List<GroupRank> groupRanks, boolean home, boolean peer, boolean synthetic) {
    }

    public record Exclusion(Municipality municipality, String reason, LocalDate date) {
    }

    public record Analysis(int from, int to, int years, int municipalitiesUsed, int municipalitiesIncomplete,
            List<Coefficient> coefficients, double rSquared, double residualStandardError, List<Row> rows,
            List<Exclusion> excluded, int syntheticMunicipalities) {
    }

    /** The default last year: the latest with jobs by workplace for at least 50 municipalities, else the latest with any; null with none. */
    @Transactional
    public Integer defaultTo() {
        List<?> years = entityManager.createNativeQuery("select year from employment where basis = 'workplace' and industry = 'total' "
                + "and ownership = 'all' and persons is not null group by year order by count(*) >= " + MIN_MUNICIPALITIES
                + " desc, year desc limit 1").getResultList();
        return years.isEmpty() ? null : ((Number) years.get(0)).intValue();
    }

    /** One municipality's figures for the span, as far as they are complete. */
    private static final class Figures {
        Integer population;
        boolean generated;
        int netMigration;
        int migrationYears;
        Integer jobsFrom;
        Integer jobsTo;

        boolean complete(int years) {
            return population != null && population > 0 && migrationYears == years && jobsFrom != null && jobsFrom > 0 && jobsTo != null;
        }
    }

    @Transactional
    public Analysis analyse(int from, int to) {
        int years = to - from;
        Map<Long, Figures> figures = new HashMap<>();
        for (Object[] row : rows("select municipality_id, population, " + GENERATED + " from population_stock where variant = 'official' "
                + "and date = ?1 and population is not null", LocalDate.of(from + 1, 1, 1))) {
            Figures f = figures.computeIfAbsent(((Number) row[0]).longValue(), id -> new Figures());
            f.population = ((Number) row[1]).intValue();
            f.generated |= (Boolean) row[2];
        }
        List<String> periods = new ArrayList<>();
        for (int year = from + 1; year <= to; year++) {
            periods.add(Integer.toString(year));
        }
        for (Object[] row : rows("select municipality_id, count(*), sum(value), bool_or" + GENERATED + " from population_flow "
                + "where variant = 'official' and field = 'netMigration' and period in (?1) and value is not null "
                + "group by municipality_id", periods)) {
            Figures f = figures.computeIfAbsent(((Number) row[0]).longValue(), id -> new Figures());
            f.migrationYears = ((Number) row[1]).intValue();
            f.netMigration = ((Number) row[2]).intValue();
            f.generated |= (Boolean) row[3];
        }
        for (Object[] row : rows("select municipality_id, year, persons, " + GENERATED + " from employment where basis = 'workplace' "
                + "and classification = 'all' and industry = 'total' and ownership = 'all' and persons is not null "
                + "and year in (?1)", List.of((short) from, (short) to))) {
            Figures f = figures.computeIfAbsent(((Number) row[0]).longValue(), id -> new Figures());
            if (((Number) row[1]).intValue() == from) {
                f.jobsFrom = ((Number) row[2]).intValue();
            } else {
                f.jobsTo = ((Number) row[2]).intValue();
            }
            f.generated |= (Boolean) row[3];
        }
        Map<Long, LocalDate> boundaryChanges = new TreeMap<>();
        for (Object[] row : rows("select municipality_id, min(date) from boundary_change where date > ?1 and date < ?2 "
                + "group by municipality_id", LocalDate.of(from, 1, 1), LocalDate.of(to + 1, 1, 1))) {
            boundaryChanges.put(((Number) row[0]).longValue(), row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1]);
        }

        List<Long> complete = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        int incomplete = 0;
        for (Map.Entry<Long, Figures> entry : figures.entrySet()) {
            LocalDate changed = boundaryChanges.get(entry.getKey());
            if (changed != null) {
                excluded.add(new Exclusion(Municipality.findById(entry.getKey()), "boundary-change", changed));
            } else if (entry.getValue().complete(years)) {
                complete.add(entry.getKey());
            } else {
                incomplete++;
            }
        }
        excluded.sort(Comparator.comparing((Exclusion e) -> e.municipality().name).thenComparing(e -> e.municipality().code));
        if (complete.size() < MIN_MUNICIPALITIES) {
            throw tooFew(complete.size(), from, to);
        }
        complete.sort(null);
        double[][] x = new double[complete.size()][];
        double[] y = new double[complete.size()];
        for (int i = 0; i < complete.size(); i++) {
            Figures f = figures.get(complete.get(i));
            x[i] = new double[] {jobGrowthRate(f, years), Math.log(f.population)};
            y[i] = netMigrationRate(f, years);
        }
        Ols.Fit fit;
        try {
            fit = Ols.fit(x, y);
        } catch (Ols.SingularException e) {
            throw new ApiProblem(422, "singular-fit", "The fit has no unique solution",
                    "Job growth and population size move together exactly across the " + complete.size()
                            + " municipalities for " + from + "–" + to + "; no fit can tell them apart.", null, Map.of());
        }
        Map<Long, Municipality> places = new HashMap<>();
        Municipality.<Municipality>list("id in ?1", complete).forEach(m -> places.put(m.id, m));
        String home = settings.current().homeMunicipality;
        List<PeerGroup> peerGroups = PeerGroup.listAll();
        Set<Long> peers = new HashSet<>();
        peerGroups.forEach(group -> group.members.forEach(m -> peers.add(m.id)));
        List<Region> regions = Region.listAll();

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            Figures f = figures.get(complete.get(i));
            Municipality m = places.get(complete.get(i));
            rows.add(new Row(m, f.population, f.netMigration, f.jobsFrom, f.jobsTo, round(y[i]), round(x[i][0]),
                    round(fit.fitted()[i]), round(fit.residuals()[i]), 0, List.of(), m.code.equals(home), peers.contains(m.id),
                    f.generated));
        }
        rows.sort(Comparator.comparingDouble(Row::residual).reversed().thenComparing(r -> r.municipality().name));
        Map<Long, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            rankOf.put(rows.get(i).municipality().id, i + 1);
        }
        List<Row> ranked = new ArrayList<>();
        for (Row row : rows) {
            List<GroupRank> groupRanks = new ArrayList<>();
            for (Region region : regions) {
                groupRank("region", region.key, region.name, region.members, row, rankOf).ifPresent(groupRanks::add);
            }
            for (PeerGroup group : peerGroups) {
                groupRank("peer-group", group.key, group.name, group.members, row, rankOf).ifPresent(groupRanks::add);
            }
            ranked.add(new Row(row.municipality(), row.population(), row.netMigration(), row.jobsFrom(), row.jobsTo(),
                    row.netMigrationRate(), row.jobGrowthRate(), row.expectedNetMigrationRate(), row.residual(),
                    rankOf.get(row.municipality().id), groupRanks, row.home(), row.peer(), row.synthetic()));
        }
        List<Coefficient> coefficients = List.of(
                new Coefficient("intercept", round(fit.coefficients()[0]), round(fit.standardErrors()[0])),
                new Coefficient("jobGrowth", round(fit.coefficients()[1]), round(fit.standardErrors()[1])),
                new Coefficient("logPopulation", round(fit.coefficients()[2]), round(fit.standardErrors()[2])));
        int synthetic = (int) ranked.stream().filter(Row::synthetic).count();
        return new Analysis(from, to, years, ranked.size(), incomplete, coefficients, round(fit.rSquared()),
                round(fit.residualStandardError()), ranked, excluded, synthetic);
    }

    /** The row's rank among the group's members in the fit, when it is one of them. */
    private static java.util.Optional<GroupRank> groupRank(String kind, String key, String name, List<Municipality> members,
            Row row, Map<Long, Integer> rankOf) {
        if (members.stream().noneMatch(m -> m.id.equals(row.municipality().id))) {
            return java.util.Optional.empty();
        }
        int own = rankOf.get(row.municipality().id);
        List<Integer> ranks = members.stream().map(m -> rankOf.get(m.id)).filter(r -> r != null).toList();
        int rank = (int) ranks.stream().filter(r -> r < own).count() + 1;
        return java.util.Optional.of(new GroupRank(kind, key, name, rank, ranks.size()));
    }

    static ApiProblem tooFew(int count, int from, int to) {
        return new ApiProblem(422, "too-few-municipalities", "Too few municipalities",
                "Only " + count + " municipalit" + (count == 1 ? "y has" : "ies have") + " complete data for " + from + "–" + to
                        + "; the fit needs at least " + MIN_MUNICIPALITIES + ". It needs, for each municipality, the official "
                        + "population on 1 January " + (from + 1) + ", net migration for every year " + (from + 1) + "–" + to
                        + ", and jobs by workplace in " + from + " and " + to + ".", null, Map.of());
    }

    static double netMigrationRate(Figures f, int years) {
        return 100.0 * f.netMigration / f.population / years;
    }

    static double jobGrowthRate(Figures f, int years) {
        return 100.0 * (f.jobsTo - f.jobsFrom) / f.jobsFrom / years;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
