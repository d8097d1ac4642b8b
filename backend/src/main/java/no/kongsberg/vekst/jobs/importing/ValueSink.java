package no.kongsberg.vekst.jobs.importing;

/** Where a reader puts what it reads: values, the labels of municipality codes, and rejections and warnings. */
public interface ValueSink {

    void accept(StagedValue value);

    /** The name the file gives a municipality code (JSON-stat does; an unknown labelled code creates the municipality). */
    void label(String code, String label);

    /** A row the file cannot have; any rejection rejects the whole file. */
    void reject(long row, String field, String code, String message);

    /** Something the caller should know, that does not stop the import. */
    void warn(Long row, String field, String code, String message);
}
