package no.kongsberg.vekst.imports;

import java.util.List;

/** What one import's work did: rows read, counts per value, and the rejections and warnings. */
public record ImportOutcome(long processed, ImportCounts counts, List<ImportMessage> errors, List<ImportMessage> warnings) {

    public boolean rejected() {
        return !errors.isEmpty();
    }
}
