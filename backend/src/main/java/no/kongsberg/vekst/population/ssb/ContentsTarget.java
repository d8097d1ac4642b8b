package no.kongsberg.vekst.population.ssb;

import java.util.Objects;
import no.kongsberg.vekst.population.importing.PopulationValue;

/**
 * Where one contents code of a Statistics Norway table goes in Vekst: the population at the start
 * or at the end of the period, one of the flows, or nowhere (with the reason).
 */
public record ContentsTarget(Measure measure, String field, String skipReason) {

    public enum Measure {
        /** A stock dated the first day of the period (1 January of the year under year-to-date). */
        STOCK_AT_START,
        /** A stock dated the first day after the period. */
        STOCK_AT_END,
        /** A flow over the period, into {@link ContentsTarget#field()}. */
        FLOW,
        /** Not stored: derivable from other codes, or not what any Vekst field means. */
        SKIP
    }

    public ContentsTarget {
        Objects.requireNonNull(measure, "measure");
        if (measure == Measure.FLOW && !PopulationValue.FLOW_FIELDS.contains(field)) {
            throw new IllegalArgumentException("Not a Vekst flow field: " + field);
        }
    }

    public static ContentsTarget stockAtStart() {
        return new ContentsTarget(Measure.STOCK_AT_START, PopulationValue.POPULATION, null);
    }

    public static ContentsTarget stockAtEnd() {
        return new ContentsTarget(Measure.STOCK_AT_END, PopulationValue.POPULATION, null);
    }

    public static ContentsTarget flow(String field) {
        return new ContentsTarget(Measure.FLOW, field, null);
    }

    public static ContentsTarget skip(String reason) {
        return new ContentsTarget(Measure.SKIP, null, reason);
    }
}
