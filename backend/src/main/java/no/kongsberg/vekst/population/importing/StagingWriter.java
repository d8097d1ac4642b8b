package no.kongsberg.vekst.population.importing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import no.kongsberg.vekst.imports.CopyRows;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportRunService;

/**
 * Streams parsed values into the staging table through {@link CopyRows}, collecting the codes
 * and the rejected cells.
 */
final class StagingWriter implements PopulationValueSink, AutoCloseable {

    private static final long PROGRESS_EVERY = 100_000;

    private final CopyRows copy;
    private final LongConsumer progress;
    private final List<ImportMessage> rejections = new ArrayList<>();
    private long rejectedCount;
    private long accepted;
    /** Each code in the file with the labels the file gives it (null for none). */
    private final Map<String, Set<String>> codes = new HashMap<>();
    /** The flows' keys seen so far; null once a key repeats or cannot be encoded. */
    private FlowKeys flowKeys = new FlowKeys();

    StagingWriter(CopyRows copy, LongConsumer progress) {
        this.copy = copy;
        this.progress = progress;
    }

    @Override
    public void accept(PopulationValue v) {
        codes.computeIfAbsent(v.municipalityCode(), c -> new HashSet<>()).add(v.municipalityLabel());
        if (flowKeys != null && v.kind() == PopulationValue.Kind.FLOW && !flowKeys.add(v)) {
            flowKeys = null;
        }
        boolean stock = v.kind() == PopulationValue.Kind.STOCK;
        copy.row(v.row(), v.municipalityCode(), v.municipalityLabel(), stock ? "s" : "f", stock ? v.date() : v.period(), v.variant(),
                v.field(), v.value(), v.missing());
        accepted++;
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

    Map<String, Set<String>> codes() {
        return codes;
    }

    /** Whether no flow appears twice in the file (same code, period, variant and field). */
    boolean flowsUnique() {
        return flowKeys != null;
    }

    long rejectedCount() {
        return rejectedCount;
    }

    List<ImportMessage> rejections() {
        return rejections;
    }

    /** Ends the COPY; returns the number of rows PostgreSQL took. */
    long finish() throws SQLException {
        return copy.finish();
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }

    /**
     * A set of flows' keys packed into longs (code, year, quarter, variant, field), in open
     * addressing: a national file's million flows take some 16 MB. It only answers "no flow
     * repeats"; anything it cannot pack counts as a repeat, so the import groups as before.
     */
    static final class FlowKeys {
        private long[] slots = new long[1 << 16];
        private int size;

        /** Adds the flow's key; false if it was there already or cannot be packed. */
        boolean add(PopulationValue v) {
            long key = pack(v);
            if (key < 0) {
                return false;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            if (!insert(slots, key + 1)) {
                return false;
            }
            size++;
            return true;
        }

        private static boolean insert(long[] table, long stored) {
            int mask = table.length - 1;
            int i = (int) (mix(stored) & mask);
            while (table[i] != 0) {
                if (table[i] == stored) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = stored;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long stored : old) {
                if (stored != 0) {
                    insert(slots, stored);
                }
            }
        }

        private static long mix(long x) {
            x ^= x >>> 33;
            x *= 0xff51afd7ed558ccdL;
            return x ^ (x >>> 33);
        }

        /** The key, or -1 when the value is not a four-digit code, a `YYYY`/`YYYY-Qn` period, a known variant and field. */
        static long pack(PopulationValue v) {
            String code = v.municipalityCode();
            String period = v.period();
            int field = PopulationValue.FLOW_FIELDS.indexOf(v.field());
            int variant = "official".equals(v.variant()) ? 0 : "corrected".equals(v.variant()) ? 1 : -1;
            if (code == null || code.length() != 4 || period == null || field < 0 || variant < 0) {
                return -1;
            }
            int quarter;
            if (period.length() == 4) {
                quarter = 0;
            } else if (period.length() == 7 && period.startsWith("-Q", 4) && period.charAt(6) >= '1' && period.charAt(6) <= '4') {
                quarter = period.charAt(6) - '0';
            } else {
                return -1;
            }
            long c = digits(code, 4);
            long year = digits(period, 4);
            if (c < 0 || year < 0) {
                return -1;
            }
            return ((((c * 10_000 + year) * 5 + quarter) * 2 + variant) * 8) + field;
        }

        private static long digits(String text, int count) {
            long n = 0;
            for (int i = 0; i < count; i++) {
                char ch = text.charAt(i);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                n = n * 10 + (ch - '0');
            }
            return n;
        }
    }
}
