package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.jobs.openings.JobOpening;
import no.kongsberg.vekst.jobs.openings.JobOpeningService;
import no.kongsberg.vekst.jobs.openings.JobOpeningService.OpenCategory;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

/** Anonymous: who is hiring now, for kongsberg.no. Open openings only, and nothing internal about them. */
@Path("/api/v1/public/jobs")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicJobsResource {

    /** How many of the newest openings the summary shows. */
    static final int NEWEST = 5;

    private final JobOpeningService openings;
    private final PublicAnswers answers;

    public PublicJobsResource(JobOpeningService openings, PublicAnswers answers) {
        this.openings = openings;
        this.answers = answers;
    }

    public record Employer(String organisationNumber, String name) {
    }

    public record Place(String code, String name) {
    }

    public record PublicOpening(UUID id, String title, Employer employer, Place municipality, String address, String postalCode,
            String city, String category, String employmentType, int positions, LocalDate startDate,
            LocalDate applicationDeadline, String link, String description, Instant publishedAt) {
        static PublicOpening of(JobOpening o) {
            return new PublicOpening(o.id, o.title, new Employer(o.employerOrgNumber, o.employerName),
                    new Place(o.municipality.code, o.municipality.name), o.address, o.postalCode, o.city, o.category,
                    o.employmentType, o.positions, o.startDate, o.applicationDeadline, o.link, o.description, o.publishedAt);
        }
    }

    /** Vekst's own open data: the municipality publishes it under NLOD 2.0. */
    public record Summary(Place municipality, long openings, long positions, List<OpenCategory> byCategory,
            List<PublicOpening> newest) implements DataLicences.Attributed {

        @Override
        public String source() {
            return DataLicences.VEKST;
        }

        @Override
        public DataLicences.License license() {
            return DataLicences.NLOD_2;
        }
    }

    @GET
    @Path("/openings")
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch, @QueryParam("municipality") String municipality,
            @QueryParam("category") String category, @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation validation = new Validation();
        var filter = new JobOpeningService.PublicFilter(QueryParams.municipalityCode(validation, "municipality", municipality),
                QueryParams.text(validation, "category", category, 100));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, null, Map.of("publishedAt", "publishedAt"), "-publishedAt");
        return answers.answer(ifNoneMatch, "job-openings", List.of(filter, request.page(), request.size()), () -> {
            var found = openings.open(filter, request);
            return request.page(found.items().stream().map(PublicOpening::of).toList(), found.total());
        });
    }

    @GET
    @Path("/summary")
    public Response summary(@HeaderParam("If-None-Match") String ifNoneMatch, @QueryParam("municipality") String municipality) {
        Validation validation = new Validation();
        String code = QueryParams.municipalityCode(validation, "municipality", municipality);
        validation.throwIfAny();
        return answers.answer(ifNoneMatch, "job-summary", Arrays.asList(code), () -> {
            var summary = openings.openSummary(code, NEWEST);
            return new Summary(summary.municipality() == null ? null
                    : new Place(summary.municipality().code, summary.municipality().name), summary.openings(), summary.positions(),
                    summary.byCategory(), summary.newest().stream().map(PublicOpening::of).toList());
        });
    }
}
