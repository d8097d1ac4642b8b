package no.kongsberg.vekst.jobs.employment;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.kongsberg.vekst.imports.jsonstat.Dimension;
import no.kongsberg.vekst.imports.jsonstat.JsonStatDataset;
import no.kongsberg.vekst.imports.jsonstat.JsonStatException;
import no.kongsberg.vekst.imports.jsonstat.JsonStatReader;
import no.kongsberg.vekst.imports.jsonstat.Observation;
import no.kongsberg.vekst.jobs.importing.CsvRows;
import no.kongsberg.vekst.jobs.importing.PersonsCell;
import no.kongsberg.vekst.jobs.importing.RowCheck;
import no.kongsberg.vekst.jobs.importing.StagedValue;
import no.kongsberg.vekst.jobs.importing.ValueSink;
import no.kongsberg.vekst.jobs.industries.Industries;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * Reads employment files into keyed values (municipality, year, basis, classification, industry,
 * ownership): Vekst CSV, and Statistics Norway's JSON-stat2 employment tables. The JSON-stat
 * mapping, by dimension:
 * <ul>
 * <li>region: `Region` (or role geo); four-digit codes are municipalities, other regions (the
 * country, counties) are skipped;</li>
 * <li>time: `Tid` (or role time), four-digit years;</li>
 * <li>contents: `ContentsCode` (or role metric); a code with `Arbsted` is by workplace, with
 * `Bosted` by residence; others (population, shares) are skipped with a warning;</li>
 * <li>industry (optional): `NACE2007` (SN2007) or `NACE2025` (SN2025); a category is a section
 * letter, a division or a range of divisions inside one section (`10-33`), or a total (`_T`,
 * `00-99`, `01-99`); a range across sections (`35-39`: D and E) or unspecified (`00`) cannot be
 * stored as a section and is skipped with a warning;</li>
 * <li>sector (optional, an id starting with `Sektor`): a label with "privat" is private;
 * `6100` (state) and `6500` (municipal administration), or a label with "offentlig" or
 * "forvaltning", are public; `ALLE`, `_T`, `TOTAL`
 * or a label with "i alt"/"alle" are all; every other category is private;</li>
 * <li>any other dimension must hold a single category (select its total when fetching).</li>
 * </ul>
 * Categories that fall on one key (state and municipal administration are both public) are added
 * up; a sum with a missing part is missing.
 */
public final class EmploymentFiles {

    static final List<String> CSV_COLUMNS = List.of("municipality", "year", "basis", "classification", "industry", "ownership", "persons");
    static final Set<String> BASES = Set.of("workplace", "residence");
    static final Set<String> OWNERSHIPS = Set.of("all", "private", "public");
    static final String TOTAL = "total";
    static final String ALL = "all";

    private EmploymentFiles() {
    }

    /** Reads Vekst CSV; returns the number of data rows. */
    public static long csv(InputStream in, ValueSink sink) throws IOException {
        int lastYear = OsloTime.currentYear();
        return CsvRows.read(in, CSV_COLUMNS, sink, (line, cells) -> {
            RowCheck check = new RowCheck(line, sink);
            String municipality = cells.get("municipality");
            String year = cells.get("year");
            String basis = cells.get("basis");
            String ownership = cells.get("ownership");
            String industry = cells.get("industry");
            String classification = cells.get("classification");
            check.municipality(municipality, "municipality").year(year, "year", lastYear)
                    .that(BASES.contains(basis), "basis", "basis must be workplace or residence.")
                    .that(OWNERSHIPS.contains(ownership), "ownership", "ownership must be all, private or public.");
            if (TOTAL.equals(industry)) {
                check.that(classification.isEmpty(), "classification", "A total over all industries has no classification: leave it empty.");
                classification = ALL;
            } else if (check.that(Industries.CLASSIFICATIONS.contains(classification), "classification",
                    "classification must be SN2007 or SN2025 for an industry section.").ok()) {
                check.that(Industries.isSection(classification, industry), "industry", "industry must be total or a section letter of "
                        + classification + " (" + (Industries.SN2025.equals(classification) ? "A–V" : "A–U") + ").");
            }
            PersonsCell persons = check.persons(cells.get("persons"), "persons");
            if (check.ok()) {
                sink.accept(new StagedValue(line, List.of(municipality, year, basis, classification, industry, ownership),
                        persons.persons(), persons.missing()));
            }
        });
    }

    /** Reads a JSON-stat2 dataset; returns the number of cells read. */
    public static long jsonStat(InputStream in, ValueSink sink) {
        Mapping[] mapping = new Mapping[1];
        long[] cells = new long[1];
        try {
            JsonStatReader.read(in, dataset -> mapping[0] = Mapping.of(dataset, sink), observation -> {
                cells[0]++;
                if (mapping[0] != null) {
                    mapping[0].accept(observation, sink);
                }
            });
        } catch (JsonStatException e) {
            sink.reject(0, "file", "malformed", e.getMessage());
            return cells[0];
        }
        if (mapping[0] != null) {
            mapping[0].finish(sink);
        }
        return cells[0];
    }

    /** What the dataset's dimensions mean for employment, and the sums it builds per key. */
    private static final class Mapping {
        private final int region;
        private final int time;
        private final int contents;
        private final int industry;
        private final String classification;
        private final int sector;
        private final Map<Integer, String> basisByContents = new LinkedHashMap<>();
        private final Map<List<String>, Sum> sums = new LinkedHashMap<>();
        private final Set<String> skippedIndustries = new TreeSet<>();
        private long otherRegions;

        private Mapping(int region, int time, int contents, int industry, String classification, int sector) {
            this.region = region;
            this.time = time;
            this.contents = contents;
            this.industry = industry;
            this.classification = classification;
            this.sector = sector;
        }

        static Mapping of(JsonStatDataset dataset, ValueSink sink) {
            int region = index(dataset, "geo", "Region");
            int time = index(dataset, "time", "Tid");
            int contents = index(dataset, "metric", "ContentsCode");
            if (region < 0 || time < 0 || contents < 0) {
                sink.reject(0, "file", "malformed", "An employment dataset needs a region (Region), a time (Tid) and a contents "
                        + "(ContentsCode) dimension.");
                return null;
            }
            int industry = -1;
            String classification = null;
            int sector = -1;
            List<String> others = new ArrayList<>();
            for (int i = 0; i < dataset.dimensions().size(); i++) {
                Dimension d = dataset.dimensions().get(i);
                String id = d.id().toUpperCase(Locale.ROOT);
                if (i == region || i == time || i == contents) {
                    continue;
                }
                if (id.startsWith("NACE")) {
                    classification = id.equals("NACE2025") ? Industries.SN2025 : id.equals("NACE2007") ? Industries.SN2007 : null;
                    if (classification == null) {
                        sink.reject(0, d.id(), "unknown-classification", "The industry dimension " + d.id()
                                + " is neither NACE2007 (SN2007) nor NACE2025 (SN2025).");
                        return null;
                    }
                    industry = i;
                } else if (id.startsWith("SEKTOR")) {
                    sector = i;
                } else if (d.size() != 1) {
                    others.add(d.id() + " (" + d.size() + " categories)");
                }
            }
            if (!others.isEmpty()) {
                sink.reject(0, "file", "too-many-categories", "Vekst reads one category of " + String.join(", ", others)
                        + ": select the total when fetching the table.");
                return null;
            }
            Mapping mapping = new Mapping(region, time, contents, industry, classification, sector);
            Dimension contentsDimension = dataset.dimensions().get(contents);
            for (int p = 0; p < contentsDimension.size(); p++) {
                String code = contentsDimension.code(p);
                String lower = code.toLowerCase(Locale.ROOT);
                if (lower.contains("arbsted")) {
                    mapping.basisByContents.put(p, "workplace");
                } else if (lower.contains("bosted") && !lower.contains("befolkning")) {
                    mapping.basisByContents.put(p, "residence");
                } else {
                    sink.warn(null, "ContentsCode", "skipped-contents", "The contents code " + code
                            + " is not employment by workplace or by residence; its cells were skipped.");
                }
            }
            if (mapping.basisByContents.isEmpty()) {
                sink.reject(0, "ContentsCode", "unknown-contents", "No contents code of the dataset is employment by workplace "
                        + "(…Arbsted…) or by residence (…Bosted…).");
                return null;
            }
            return mapping;
        }

        private static int index(JsonStatDataset dataset, String role, String id) {
            Optional<Dimension> found = dataset.dimension(id).or(() -> dataset.dimensionWithRole(role));
            return found.map(d -> dataset.indexOf(d.id())).orElse(-1);
        }

        void accept(Observation o, ValueSink sink) {
            String basis = basisByContents.get(o.position(contents));
            if (basis == null || o.absent()) {
                return;
            }
            String code = o.code(region);
            if (!code.matches("[0-9]{4}")) {
                otherRegions++;
                return;
            }
            String year = o.code(time);
            long row = o.index() + 1;
            if (!year.matches("[0-9]{4}")) {
                sink.reject(row, "Tid", "invalid", "The time category " + PersonsCell.shorten(year) + " is not a year.");
                return;
            }
            String section = TOTAL;
            if (industry >= 0) {
                section = section(o.code(industry), o.label(industry));
                if (section == null) {
                    skippedIndustries.add(o.code(industry));
                    return;
                }
            }
            String ownership = sector >= 0 ? ownership(o.code(sector), o.label(sector)) : ALL;
            PersonsCell cell = PersonsCell.ofJsonStat(o.value(), o.status(), row, "value", sink);
            if (cell == null) {
                return;
            }
            sink.label(code, o.label(region));
            String storedClassification = TOTAL.equals(section) ? ALL : classification;
            sums.computeIfAbsent(List.of(code, year, basis, storedClassification, section, ownership), k -> new Sum(row)).add(cell);
        }

        void finish(ValueSink sink) {
            sums.forEach((keys, sum) -> sink.accept(new StagedValue(sum.row, keys, sum.missing == null ? sum.persons : null, sum.missing)));
            if (otherRegions > 0) {
                sink.warn(null, "Region", "not-a-municipality", otherRegions + " cells for regions that are not municipalities "
                        + "(the country, counties) were skipped.");
            }
            if (!skippedIndustries.isEmpty()) {
                sink.warn(null, "industry", "not-a-section", "The industry categories " + String.join(", ", skippedIndustries)
                        + " are unspecified or span several sections; their cells were skipped.");
            }
        }

        /** The section (or total) of an industry category, or null when it is none. */
        private String section(String code, String label) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (Set.of("_T", "00-99", "01-99", "TOTAL", "ALLE").contains(upper) || label.toLowerCase(Locale.ROOT).contains("i alt")) {
                return TOTAL;
            }
            if (upper.matches("[A-V]")) {
                return Industries.isSection(classification, upper) ? upper : null;
            }
            var range = java.util.regex.Pattern.compile("([0-9]{2})(?:-([0-9]{2}))?").matcher(code);
            if (!range.matches()) {
                return null;
            }
            int first = Integer.parseInt(range.group(1));
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2));
            var from = Industries.sectionOfDivision(classification, first);
            var to = Industries.sectionOfDivision(classification, last);
            return from.isPresent() && to.isPresent() && from.get().code().equals(to.get().code()) ? from.get().code() : null;
        }

        private static String ownership(String code, String label) {
            String upper = code.toUpperCase(Locale.ROOT);
            String lower = label.toLowerCase(Locale.ROOT);
            if (Set.of("ALLE", "_T", "TOTAL").contains(upper) || lower.contains("i alt") || lower.startsWith("alle")) {
                return ALL;
            }
            if (lower.contains("privat")) {
                return "private";
            }
            if (Set.of("6100", "6500").contains(upper) || lower.contains("offentlig") || lower.contains("forvaltning")) {
                return "public";
            }
            return "private";
        }
    }

    /** Persons added up over the categories that fall on one key; missing as soon as one part is. */
    private static final class Sum {
        final long row;
        int persons;
        String missing;

        Sum(long row) {
            this.row = row;
        }

        void add(PersonsCell cell) {
            if (cell.missing() != null) {
                missing = missing == null ? cell.missing() : missing;
            } else {
                persons += cell.persons();
            }
        }
    }
}
