package no.kongsberg.vekst.population.ssb;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kongsberg.vekst.imports.jsonstat.Dimension;
import no.kongsberg.vekst.imports.jsonstat.JsonStatDataset;
import no.kongsberg.vekst.imports.jsonstat.JsonStatException;
import no.kongsberg.vekst.imports.jsonstat.JsonStatReader;
import no.kongsberg.vekst.imports.jsonstat.Observation;
import no.kongsberg.vekst.population.importing.Periods;
import no.kongsberg.vekst.population.importing.PopulationValue;
import no.kongsberg.vekst.population.importing.PopulationValueSink;

/**
 * Turns a JSON-stat2 answer from Statistics Norway's PxWebApi into {@link PopulationValue}s.
 *
 * <p>Dimensions are found by role (`geo`, `time`, `metric`) or by SSB's ids (`Region`, `Tid`,
 * `ContentsCode`); any other dimension must have one category (eliminated). The table comes from
 * the caller, else from the dataset label ("01222: ..."), else from the contents codes present;
 * see {@link StatisticsNorwayTables} for the codes. Region codes lose an aggregation prefix
 * (`K-3303`, `K_3303`); regions that are not 4-digit municipalities (the country `0`, counties)
 * are left out and counted. Status `..`, `:` and `.` make the value missing with that symbol; a
 * null without status is missing `..`; a cell left out of a sparse value object is skipped; other statuses (provisional marks) keep the value. Rows
 * are the cells' indexes in the dataset.
 *
 * <p>Malformed files, unknown contents and unusable dimensions become rejections on the sink, so
 * the import reports them like any bad row and writes nothing.
 */
public final class StatisticsNorwayPopulationMapper {

    public static final String DEFAULT_VARIANT = "official";

    private static final Pattern TABLE_ID_IN_LABEL = Pattern.compile("^\\s*(\\d{5})\\s*:");
    private static final Pattern AGGREGATION_PREFIX = Pattern.compile("^K[-_](?=\\d)");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{4}");

    private final List<TableMapping> mappings;

    public StatisticsNorwayPopulationMapper() {
        this(StatisticsNorwayTables.ALL);
    }

    /** With other or further table mappings than the built-in ones. */
    public StatisticsNorwayPopulationMapper(List<TableMapping> mappings) {
        this.mappings = List.copyOf(mappings);
    }

    /**
     * Maps the answer into the sink.
     *
     * @param tableId the table asked for, or null to take it from the file
     * @param variant `official` or `corrected`; null means `official`
     */
    public MappingSummary map(InputStream json, String tableId, String variant, PopulationValueSink sink) {
        CountingSink counting = new CountingSink(sink);
        Run[] run = new Run[1];
        long[] cells = new long[1];
        try {
            JsonStatReader.read(json,
                    dataset -> run[0] = Run.start(dataset, resolveMapping(dataset, tableId, counting),
                            variant == null ? DEFAULT_VARIANT : variant, counting),
                    observation -> {
                        cells[0]++;
                        if (run[0] != null) {
                            run[0].accept(observation);
                        }
                    });
            if (run[0] != null) {
                run[0].finish();
            }
        } catch (JsonStatException e) {
            counting.reject(0, null, "malformed", e.getMessage());
        }
        String usedTable = run[0] == null ? null : run[0].mapping.tableId();
        long outside = run[0] == null ? 0 : run[0].cellsOutsideMunicipalities;
        return new MappingSummary(usedTable, cells[0], counting.values, counting.rejections, outside);
    }

    /** The table's mapping, or null after a rejection that says why there is none. */
    private TableMapping resolveMapping(JsonStatDataset dataset, String tableId, PopulationValueSink sink) {
        Optional<Dimension> contents = dimension(dataset, "metric", "ContentsCode");
        if (contents.isEmpty()) {
            sink.reject(0, "ContentsCode", "malformed", "The dataset has no contents dimension (role 'metric' or id 'ContentsCode')");
            return null;
        }
        List<String> codes = contents.get().codes();
        String named = tableId != null ? tableId : tableIdInLabel(dataset.label());
        Optional<TableMapping> known = named == null ? Optional.empty()
                : mappings.stream().filter(m -> m.tableId().equals(named)).findFirst();
        if (known.isPresent()) {
            List<String> unknown = codes.stream().filter(code -> known.get().target(code) == null).toList();
            if (!unknown.isEmpty()) {
                sink.reject(0, "ContentsCode", "unknown-contents", "Table " + named + " has no Vekst field for the contents code(s) "
                        + String.join(", ", unknown));
                return null;
            }
            return known.get();
        }
        List<TableMapping> candidates = mappings.stream().filter(m -> m.covers(codes)).toList();
        String asked = named == null ? "The dataset" : "Table " + named;
        if (candidates.isEmpty()) {
            sink.reject(0, "ContentsCode", "unknown-contents", asked + " is not a known population table and its contents codes ("
                    + String.join(", ", codes) + ") match none of the known tables (" + knownTableIds() + ")");
            return null;
        }
        if (!agree(candidates, codes)) {
            sink.reject(0, "ContentsCode", "unknown-contents", asked + " has contents codes that fit several tables ("
                    + String.join(", ", candidates.stream().map(TableMapping::tableId).toList())
                    + ") which read them differently; give the table id");
            return null;
        }
        return candidates.get(0);
    }

    private static boolean agree(List<TableMapping> candidates, List<String> codes) {
        TableMapping first = candidates.get(0);
        return candidates.stream().allMatch(m -> m.yearToDate() == first.yearToDate()
                && codes.stream().allMatch(code -> m.target(code).equals(first.target(code))));
    }

    private String knownTableIds() {
        return String.join(", ", mappings.stream().map(TableMapping::tableId).toList());
    }

    private static String tableIdInLabel(String label) {
        if (label == null) {
            return null;
        }
        Matcher matcher = TABLE_ID_IN_LABEL.matcher(label);
        return matcher.find() ? matcher.group(1) : null;
    }

    static Optional<Dimension> dimension(JsonStatDataset dataset, String role, String statisticsNorwayId) {
        Optional<Dimension> byRole = dataset.dimensionWithRole(role);
        return byRole.isPresent() ? byRole : dataset.dimension(statisticsNorwayId);
    }

    /** The municipality code without an aggregation prefix, or null when the region is not a municipality. */
    static String municipalityCode(String regionCode) {
        String code = AGGREGATION_PREFIX.matcher(regionCode).replaceFirst("");
        return MUNICIPALITY_CODE.matcher(code).matches() ? code : null;
    }

    /** One mapping of one dataset: the dimensions picked, each category decoded once, and the year-to-date cells waiting. */
    private static final class Run {
        private final TableMapping mapping;
        private final String variant;
        private final PopulationValueSink sink;
        private final int regionIndex;
        private final int timeIndex;
        private final int contentsIndex;
        private final String timeId;
        private final String[] municipalityCodes;
        private final String[] municipalityLabels;
        private final String[] periods;
        private final boolean[] periodRejected;
        private final String[] contentsCodes;
        private final ContentsTarget[] targets;
        /** Per year, a bit for each quarter the time dimension has: what a year-to-date series waits for. */
        private final Map<Integer, Integer> quartersInYear = new HashMap<>();
        private final Map<Long, YearToDate> waiting = new HashMap<>();
        private long cellsOutsideMunicipalities;

        private Run(TableMapping mapping, String variant, PopulationValueSink sink, JsonStatDataset dataset,
                Dimension region, Dimension time, Dimension contents) {
            this.mapping = mapping;
            this.variant = variant;
            this.sink = sink;
            this.regionIndex = dataset.indexOf(region.id());
            this.timeIndex = dataset.indexOf(time.id());
            this.contentsIndex = dataset.indexOf(contents.id());
            this.timeId = time.id();
            this.municipalityCodes = new String[region.size()];
            this.municipalityLabels = new String[region.size()];
            for (int i = 0; i < region.size(); i++) {
                municipalityCodes[i] = municipalityCode(region.code(i));
                municipalityLabels[i] = withoutCode(region.label(i), region.code(i));
            }
            this.periods = new String[time.size()];
            this.periodRejected = new boolean[time.size()];
            for (int i = 0; i < time.size(); i++) {
                String period = Periods.fromStatisticsNorway(time.code(i));
                periods[i] = Periods.isValid(period) ? period : null;
                if (periods[i] != null && periods[i].length() > 4) {
                    quartersInYear.merge(year(periods[i]), 1 << (quarter(periods[i]) - 1), (a, b) -> a | b);
                }
            }
            this.contentsCodes = new String[contents.size()];
            this.targets = new ContentsTarget[contents.size()];
            for (int i = 0; i < contents.size(); i++) {
                contentsCodes[i] = contents.code(i);
                targets[i] = mapping.target(contents.code(i));
            }
        }

        /** The run for a dataset, or null after rejecting a dataset whose dimensions cannot be mapped. */
        static Run start(JsonStatDataset dataset, TableMapping mapping, String variant, PopulationValueSink sink) {
            if (mapping == null) {
                return null;
            }
            Optional<Dimension> region = dimension(dataset, "geo", "Region");
            Optional<Dimension> time = dimension(dataset, "time", "Tid");
            Optional<Dimension> contents = dimension(dataset, "metric", "ContentsCode");
            if (region.isEmpty() || time.isEmpty()) {
                String missing = region.isEmpty() ? "Region" : "Tid";
                sink.reject(0, missing, "malformed", "The dataset has no " + (region.isEmpty() ? "region dimension (role 'geo' or id 'Region')"
                        : "time dimension (role 'time' or id 'Tid')"));
                return null;
            }
            List<String> split = new ArrayList<>();
            for (Dimension other : dataset.dimensions()) {
                boolean used = other == region.get() || other == time.get() || other == contents.get();
                if (!used && other.size() > 1) {
                    split.add(other.id() + " (" + other.size() + " categories)");
                }
            }
            if (!split.isEmpty()) {
                sink.reject(0, split.get(0).substring(0, split.get(0).indexOf(' ')), "unsupported-dimension",
                        "The figures are split by " + String.join(", ", split) + "; ask for the total of each (leave the variable out)");
                return null;
            }
            return new Run(mapping, variant, sink, dataset, region.get(), time.get(), contents.get());
        }

        void accept(Observation observation) {
            if (observation.absent()) {
                return;
            }
            long row = observation.index();
            int regionPosition = observation.position(regionIndex);
            String code = municipalityCodes[regionPosition];
            if (code == null) {
                cellsOutsideMunicipalities++;
                return;
            }
            int timePosition = observation.position(timeIndex);
            String period = periods[timePosition];
            if (period == null) {
                if (!periodRejected[timePosition]) {
                    periodRejected[timePosition] = true;
                    sink.reject(row, timeId, "invalid", "'" + observation.code(timeIndex) + "' is neither a year nor a quarter");
                }
                return;
            }
            int contentsPosition = observation.position(contentsIndex);
            ContentsTarget target = targets[contentsPosition];
            if (target.measure() == ContentsTarget.Measure.SKIP) {
                return;
            }
            Cell cell = Cell.of(observation, row, contentsCodes[contentsPosition], sink);
            if (cell == null) {
                return;
            }
            String label = municipalityLabels[regionPosition];
            boolean quarter = period.length() > 4;
            switch (target.measure()) {
                case STOCK_AT_START -> {
                    if (mapping.yearToDate() && quarter) {
                        // Year-to-date tables give 1 January's population in every quarter: take it once.
                        if (isFirstQuarterOfYear(period)) {
                            sink.accept(PopulationValue.stock(row, code, label, LocalDate.of(year(period), 1, 1), variant,
                                    cell.value, cell.missing));
                        }
                    } else {
                        sink.accept(PopulationValue.stock(row, code, label, Periods.start(period), variant, cell.value, cell.missing));
                    }
                }
                case STOCK_AT_END -> sink.accept(PopulationValue.stock(row, code, label, Periods.end(period), variant, cell.value,
                        cell.missing));
                case FLOW -> {
                    if (mapping.yearToDate() && quarter) {
                        holdYearToDate(regionPosition, contentsPosition, period, cell, code, label, target.field());
                    } else {
                        sink.accept(PopulationValue.flow(row, code, label, period, variant, target.field(), cell.value, cell.missing));
                    }
                }
                default -> throw new IllegalStateException("Unhandled measure " + target.measure());
            }
        }

        private boolean isFirstQuarterOfYear(String period) {
            int quarters = quartersInYear.get(year(period));
            return Integer.numberOfTrailingZeros(quarters) == quarter(period) - 1;
        }

        /**
         * Keeps a year-to-date cell until every quarter of its year that the dataset has is in;
         * with SSB's order (time varying fastest) at most one series waits at a time.
         */
        private void holdYearToDate(int regionPosition, int contentsPosition, String period, Cell cell, String code,
                String label, String field) {
            int year = year(period);
            long key = (((long) regionPosition * contentsCodes.length + contentsPosition) << 16) | year;
            YearToDate series = waiting.computeIfAbsent(key, k -> new YearToDate(code, label, field, year, quartersInYear.get(year)));
            series.put(quarter(period), cell);
            if (series.complete()) {
                waiting.remove(key);
                series.emit(variant, sink);
            }
        }

        void finish() {
            // Every cell is read once, so nothing waits here unless the dataset lacked cells.
            waiting.values().forEach(series -> series.emit(variant, sink));
            waiting.clear();
        }

        private static String withoutCode(String label, String code) {
            return label.startsWith(code + " ") ? label.substring(code.length() + 1).trim() : label;
        }
    }

    /** A cell's value as Vekst keeps it: a whole number, or null with the reason it is missing. */
    private record Cell(long row, Long value, String missing) {

        static Cell of(Observation observation, long row, String contentsCode, PopulationValueSink sink) {
            String status = observation.status();
            if (status != null && PopulationValue.MISSING_SYMBOLS.contains(status)) {
                return new Cell(row, null, status);
            }
            Double value = observation.value();
            if (value == null) {
                return new Cell(row, null, "..");
            }
            if (!Double.isFinite(value) || value != Math.rint(value) || Math.abs(value) > 1e15) {
                sink.reject(row, contentsCode, "invalid", "The value " + value + " is not a whole number of persons");
                return null;
            }
            return new Cell(row, value.longValue(), null);
        }
    }

    /** The quarters of one municipality, contents code and year in a year-to-date table. */
    private static final class YearToDate {
        private final String code;
        private final String label;
        private final String field;
        private final int year;
        private final int expectedQuarters;
        private final Cell[] cells = new Cell[4];
        private int receivedQuarters;

        YearToDate(String code, String label, String field, int year, int expectedQuarters) {
            this.code = code;
            this.label = label;
            this.field = field;
            this.year = year;
            this.expectedQuarters = expectedQuarters;
        }

        void put(int quarter, Cell cell) {
            cells[quarter - 1] = cell;
            receivedQuarters |= 1 << (quarter - 1);
        }

        boolean complete() {
            return receivedQuarters == expectedQuarters;
        }

        /**
         * Each quarter's own flow: Q1 as given, later quarters minus the quarter before. Without
         * the quarter before in the dataset the flow is unknown (`..`); a missing figure on
         * either side passes its symbol on.
         */
        void emit(String variant, PopulationValueSink sink) {
            for (int q = 1; q <= 4; q++) {
                Cell cell = cells[q - 1];
                if (cell == null) {
                    continue;
                }
                Long value = cell.value;
                String missing = cell.missing;
                if (q > 1 && missing == null) {
                    Cell before = cells[q - 2];
                    if (before == null) {
                        missing = "..";
                        value = null;
                    } else if (before.missing != null) {
                        missing = before.missing;
                        value = null;
                    } else {
                        value = cell.value - before.value;
                    }
                }
                sink.accept(PopulationValue.flow(cell.row, code, label, year + "-Q" + q, variant, field, value, missing));
            }
        }
    }

    private static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    private static int quarter(String period) {
        return period.charAt(6) - '0';
    }

    /** Counts what passes, so the summary can say it. */
    private static final class CountingSink implements PopulationValueSink {
        private final PopulationValueSink target;
        long values;
        long rejections;

        CountingSink(PopulationValueSink target) {
            this.target = target;
        }

        @Override
        public void accept(PopulationValue value) {
            values++;
            target.accept(value);
        }

        @Override
        public void reject(long row, String field, String code, String message) {
            rejections++;
            target.reject(row, field, code, message);
        }
    }
}
