package no.kongsberg.vekst.settings;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The programme's yearly targets. Their single home is the KPIs' yearly targets (table
 * {@code kpi_target}, edited through the KPIs); the population and financing figures read them
 * here, so that this package stays below the features that use it.
 */
@ApplicationScoped
public class ProgrammeTargets {

    public static final String POPULATION_GROWTH = "population-growth";
    public static final String NET_IN_MIGRATION = "net-in-migration";
    public static final String PROGRAMME_TURNOVER = "programme-turnover";

    /** A KPI's targets by year. */
    public record YearlyTargets(NavigableMap<Integer, Double> byYear) {

        public static YearlyTargets none() {
            return new YearlyTargets(new TreeMap<>());
        }

        /** The year's own target, or null. */
        public Double exact(int year) {
            return byYear.get(year);
        }

        /**
         * The year's target, else the nearest year's (the earlier one on a tie), else the fallback:
         * for figures that need a target every year, such as a projection past 2030.
         */
        public double nearest(int year, double fallback) {
            Map.Entry<Integer, Double> below = byYear.floorEntry(year);
            Map.Entry<Integer, Double> above = byYear.ceilingEntry(year);
            if (below == null && above == null) {
                return fallback;
            }
            if (below == null) {
                return above.getValue();
            }
            if (above == null) {
                return below.getValue();
            }
            return year - below.getKey() <= above.getKey() - year ? below.getValue() : above.getValue();
        }
    }

    @Transactional
    public YearlyTargets of(String kpiKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager()
                .createNativeQuery("select year, value from kpi_target where kpi_key = ?1 order by year")
                .setParameter(1, kpiKey).getResultList();
        NavigableMap<Integer, Double> byYear = new TreeMap<>();
        for (Object[] row : rows) {
            byYear.put(((Number) row[0]).intValue(), ((BigDecimal) row[1]).doubleValue());
        }
        return new YearlyTargets(byYear);
    }
}
