package no.kongsberg.vekst.kpis;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import no.kongsberg.vekst.financing.FinancingArithmetic;
import no.kongsberg.vekst.financing.FinancingService;
import no.kongsberg.vekst.jobs.employment.EmploymentService;
import no.kongsberg.vekst.jobs.enterprises.EnterpriseService;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.population.PopulationService;
import no.kongsberg.vekst.population.figures.Point;

/**
 * The computed KPIs' named formulas over the data in the database, each giving a value per year.
 * A year without data has no value, so a KPI shows no-data rather than a made-up figure.
 * Request-scoped, so that a request that shows several KPIs reads the population figures once.
 */
@RequestScoped
public class KpiFormulas {

    public static final String POPULATION_GROWTH_PERCENT = "population-growth-percent";
    public static final String NET_MIGRATION = "net-migration";
    public static final String PROGRAMME_TURNOVER = "programme-turnover";
    public static final String JOBS_GROWTH_PERCENT = "jobs-growth-percent";
    public static final String NEW_ENTERPRISES = "new-enterprises";
    public static final List<String> ALL = List.of(POPULATION_GROWTH_PERCENT, NET_MIGRATION, PROGRAMME_TURNOVER,
            JOBS_GROWTH_PERCENT, NEW_ENTERPRISES);

    private final PopulationService population;
    private final FinancingService financing;
    private final EmploymentService employment;
    private final EnterpriseService enterprises;
    private final Subjects subjects;
    private List<Point> homeFullYears;

    public KpiFormulas(PopulationService population, FinancingService financing, EmploymentService employment,
            EnterpriseService enterprises, Subjects subjects) {
        this.population = population;
        this.financing = financing;
        this.employment = employment;
        this.enterprises = enterprises;
        this.subjects = subjects;
    }

    /** The home municipality's full years, read once per request (growth and net in-migration both use them). */
    private List<Point> homeFullYears() {
        if (homeFullYears == null) {
            homeFullYears = population.homeFullYears();
        }
        return homeFullYears;
    }

    /** The formula's value per year, oldest first. */
    public NavigableMap<Integer, Double> values(String formula) {
        NavigableMap<Integer, Double> values = new TreeMap<>();
        switch (formula) {
            // The home municipality's full years in the preferred series (official or corrected).
            case POPULATION_GROWTH_PERCENT -> homeFullYears().stream().filter(p -> p.growthPercent() != null)
                    .forEach(p -> values.put(p.year(), p.growthPercent()));
            case NET_MIGRATION -> homeFullYears().stream().filter(p -> p.netMigration() != null)
                    .forEach((Point p) -> values.put(p.year(), p.netMigration().doubleValue()));
            // Committed turnover (signed or later) per year; a year with no money recorded at all has no value.
            case PROGRAMME_TURNOVER -> financing.overview(Integer.toString(OsloTime.currentYear())).series().stream()
                    .filter(p -> p.turnoverNok() > 0)
                    .forEach((FinancingArithmetic.SeriesPoint p) -> values.put(p.year(), (double) p.turnoverNok()));
            // The home municipality's jobs (by workplace) against the year before, in %.
            case JOBS_GROWTH_PERCENT -> values.putAll(employment.homeJobsGrowthPercent());
            // New registrations in the register by the home municipality's units, full years only
            // (a year under way is not comparable with a yearly target).
            case NEW_ENTERPRISES -> subjects.home().ifPresent(home -> values.putAll(
                    enterprises.registeredPerYear(home).headMap(OsloTime.currentYear(), false)));
            default -> throw new IllegalStateException("Unknown KPI formula " + formula);
        }
        return values;
    }
}
