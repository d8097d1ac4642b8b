package no.kongsberg.vekst.population.importing;

/** Where a parser puts what it reads: values in file order, and the rows (or cells) it must reject. */
public interface PopulationValueSink {

    void accept(PopulationValue value);

    /**
     * A row or cell the file gets wrong (bad number, unknown column, malformed period...). Any
     * rejection makes the whole import write nothing.
     *
     * @param field the column or field, or null for the whole row
     * @param code a stable code: `invalid`, `required`, `unknown-field`, `malformed`, ...
     */
    void reject(long row, String field, String code, String message);
}
