package no.kongsberg.vekst.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import no.kongsberg.vekst.jobs.industries.Industries;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.platform.CsvExport;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.YearSpan;

/**
 * Bulk downloads of the public statistics, in the formats their importers read, so a download goes
 * back into Vekst (or another tool) unchanged. The request is checked here, inside a short
 * transaction; the file is written afterwards from a cursor of its own ({@link ReadOnlySnapshot}),
 * so no download is ever held in memory.
 */
@ApplicationScoped
public class BulkService {

    enum Format {
        CSV, JSON_STAT
    }

    /** The query of a download, as strings: parsed and checked here, so a bad value is a 400 naming it. */
    public record Request(String format, String accept, List<String> municipality, String region, String from, String to,
            String variant, String classification) {
    }

    private static final Set<String> FORMATS = Set.of("csv", "json-stat2");
    private static final Set<String> VARIANTS = Set.of("official", "corrected");

    private final Subjects subjects;
    private final DataSource dataSource;

    public BulkService(Subjects subjects, DataSource dataSource) {
        this.subjects = subjects;
        this.dataSource = dataSource;
    }

    @Transactional
    public Response population(Request request) {
        Validation validation = new Validation();
        Format format = format(validation, request);
        BulkFilter filter = filter(validation, request);
        String variant = QueryParams.oneOf(validation, "variant", request.variant(), VARIANTS);
        validation.throwIfAny();
        if (format == Format.CSV) {
            return csv("population", PopulationBulk.csv(filter, variant), DataLicences.CC_BY_4);
        }
        return jsonStat("population", PopulationBulk.jsonStat(filter, variant == null ? "official" : variant));
    }

    @Transactional
    public Response employment(Request request) {
        Validation validation = new Validation();
        Format format = format(validation, request);
        BulkFilter filter = filter(validation, request);
        String classification = QueryParams.oneOf(validation, "classification", request.classification(),
                Set.copyOf(Industries.CLASSIFICATIONS));
        validation.throwIfAny();
        if (format == Format.CSV) {
            return csv("employment", EmploymentBulk.csv(filter, classification), DataLicences.CC_BY_4);
        }
        return jsonStat("employment", EmploymentBulk.jsonStat(filter, classification == null ? Industries.SN2007 : classification));
    }

    @Transactional
    public Response commuting(Request request) {
        Validation validation = new Validation();
        Format format = format(validation, request);
        BulkFilter filter = filter(validation, request);
        validation.throwIfAny();
        return format == Format.CSV ? csv("commuting", CommutingBulk.csv(filter), DataLicences.CC_BY_4)
                : jsonStat("commuting", CommutingBulk.jsonStat(filter));
    }

    /** `format` when given, else the Accept header: JSON-stat2 when it asks for JSON and not for CSV. */
    private static Format format(Validation validation, Request request) {
        String format = QueryParams.oneOf(validation, "format", request.format(), FORMATS);
        if (format != null) {
            return format.equals("csv") ? Format.CSV : Format.JSON_STAT;
        }
        String accept = request.accept() == null ? "" : request.accept();
        return accept.contains("application/json") && !accept.contains("text/csv") ? Format.JSON_STAT : Format.CSV;
    }

    /**
     * The places (each `municipality`, by any code it has had, one per parameter or comma-separated,
     * and the members of `region`, together) and the years; no place means every municipality.
     */
    private BulkFilter filter(Validation validation, Request request) {
        Set<Long> ids = new LinkedHashSet<>();
        boolean places = false;
        for (String value : request.municipality() == null ? List.<String>of() : request.municipality()) {
            for (String code : value.split(",")) {
                if (code.isBlank()) {
                    continue;
                }
                places = true;
                Municipality found = subjects.municipality(validation, "municipality", code);
                if (found != null) {
                    ids.add(found.id);
                }
            }
        }
        if (request.region() != null && !request.region().isBlank()) {
            places = true;
            Subjects.Subject region = subjects.group(validation, request.region(), null);
            if (region != null) {
                region.members().forEach(m -> ids.add(m.id));
            }
        }
        return new BulkFilter(places ? new ArrayList<>(ids) : null, YearSpan.of(validation, request.from(), request.to()));
    }

    private Response csv(String dataset, CsvSpec spec, DataLicences.License license) {
        StreamingOutput body = out -> {
            try (ReadOnlySnapshot db = new ReadOnlySnapshot(dataSource)) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                writer.write(CsvExport.BOM);
                CsvExport.writeRow(writer, spec.header());
                db.each(spec.sql(), spec.params(), rs -> CsvExport.writeRow(writer, spec.cells().of(rs)));
                writer.flush();
            } catch (SQLException e) {
                throw new IOException("The bulk download could not be read", e);
            }
        };
        return download(body, "text/csv; charset=UTF-8", fileName(dataset, "csv"), license);
    }

    private Response jsonStat(String dataset, JsonStatExport.Spec spec) {
        StreamingOutput body = out -> {
            try (ReadOnlySnapshot db = new ReadOnlySnapshot(dataSource)) {
                JsonStatExport.write(db, spec, out);
            } catch (SQLException e) {
                throw new IOException("The bulk download could not be read", e);
            }
        };
        return download(body, "application/json", fileName(dataset, "json"), spec.license());
    }

    private static Response download(StreamingOutput body, String type, String fileName, DataLicences.License license) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Link", DataLicences.linkHeader(license)).build();
    }

    private static String fileName(String dataset, String extension) {
        return "vekst-" + dataset + "-" + OsloTime.today() + "." + extension;
    }
}
