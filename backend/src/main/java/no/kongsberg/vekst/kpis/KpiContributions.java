package no.kongsberg.vekst.kpis;

import java.util.Map;
import java.util.NavigableMap;

/**
 * What other parts of the programme add to a KPI's yearly value; campaigns add the sessions or leads
 * of those that feed a KPI. Kept as an interface here so that the KPIs do not depend on campaigns.
 */
public interface KpiContributions {

    /** The amount added per year to each KPI that something feeds; read once for a whole list of KPIs. */
    Map<String, NavigableMap<Integer, Double>> byKpi();
}
