package no.kongsberg.vekst.imports;

/**
 * What an import did, counted per value (one cell of one row is one value); {@code withdrawn}
 * counts the job openings a job-feed import withdrew (0 for every other kind).
 */
public record ImportCounts(long inserted, long updated, long unchanged, long rejected, long flagged, long withdrawn) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);

    public ImportCounts(long inserted, long updated, long unchanged, long rejected, long flagged) {
        this(inserted, updated, unchanged, rejected, flagged, 0);
    }
}
