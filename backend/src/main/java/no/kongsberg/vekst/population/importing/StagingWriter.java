package no.kongsberg.vekst.population.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportRunService;
import org.postgresql.copy.CopyIn;

/**
 * Streams parsed values into the staging table with PostgreSQL's COPY (text format), so a file of
 * a million values never becomes a million objects or statements. Rejected cells are collected.
 */
final class StagingWriter implements PopulationValueSink, AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;
    private static final long PROGRESS_EVERY = 100_000;

    private final CopyIn copy;
    private final LongConsumer progress;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final List<ImportMessage> rejections = new ArrayList<>();
    private long rejectedCount;
    private long accepted;

    StagingWriter(CopyIn copy, LongConsumer progress) {
        this.copy = copy;
        this.progress = progress;
    }

    @Override
    public void accept(PopulationValue v) {
        buffer.append(v.row()).append('\t')
                .append(v.municipalityCode()).append('\t');
        text(v.municipalityLabel());
        buffer.append('\t').append(v.kind() == PopulationValue.Kind.STOCK ? 's' : 'f').append('\t')
                .append(v.kind() == PopulationValue.Kind.STOCK ? v.date().toString() : v.period()).append('\t')
                .append(v.variant()).append('\t')
                .append(v.field()).append('\t');
        buffer.append(v.value() == null ? "\\N" : v.value().toString()).append('\t');
        text(v.missing());
        buffer.append('\n');
        accepted++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
        if (accepted % PROGRESS_EVERY == 0) {
            progress.accept(accepted);
        }
    }

    @Override
    public void reject(long row, String field, String code, String message) {
        rejectedCount++;
        if (rejections.size() < ImportRunService.MAX_MESSAGES) {
            rejections.add(new ImportMessage(row == 0 ? null : row, field, code, message));
        }
    }

    long accepted() {
        return accepted;
    }

    long rejectedCount() {
        return rejectedCount;
    }

    List<ImportMessage> rejections() {
        return rejections;
    }

    /** Ends the COPY; returns the number of rows PostgreSQL took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void text(String value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Writing to the staging table failed", e));
        }
    }
}
