package no.kongsberg.vekst.imports;

/** What an import did, counted per value (one cell of one row is one value). */
public record ImportCounts(long inserted, long updated, long unchanged, long rejected, long flagged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);
}
