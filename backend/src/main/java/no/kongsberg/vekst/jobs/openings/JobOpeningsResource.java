package no.kongsberg.vekst.jobs.openings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.jobs.openings.JobOpeningService.CategoryCount;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/jobs/openings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobOpeningsResource {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "employer", "employerName",
            "applicationDeadline", "applicationDeadline", "publishedAt", "publishedAt", "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    private final JobOpeningService openings;

    public JobOpeningsResource(JobOpeningService openings) {
        this.openings = openings;
    }

    public record EmployerInput(String organisationNumber, String name) {
    }

    public record JobOpeningInput(String title, EmployerInput employer, String municipality, String address, String postalCode,
            String city, String category, String employmentType, Integer positions, LocalDate startDate,
            LocalDate applicationDeadline, String link, String description, String status) {
        JobOpeningService.Details details() {
            return new JobOpeningService.Details(title, employer != null, employer == null ? null : employer.organisationNumber(),
                    employer == null ? null : employer.name(), municipality, address, postalCode, city, category, employmentType,
                    positions, startDate, applicationDeadline, link, description, status);
        }
    }

    public record MunicipalityRef(String code, String name) {
    }

    public record PartnerRef(UUID id, String name) {
    }

    public record EmployerView(String organisationNumber, String name, PartnerRef partner) {
    }

    public record JobOpeningView(UUID id, String title, EmployerView employer, MunicipalityRef municipality, String address,
            String postalCode, String city, String category, String employmentType, int positions, LocalDate startDate,
            LocalDate applicationDeadline, String link, String description, String source, String sourceId, String status,
            Instant publishedAt, boolean demo, int version, Instant createdAt, Instant updatedAt) {
        static JobOpeningView of(JobOpening o, LocalDate today) {
            return new JobOpeningView(o.id, o.title, new EmployerView(o.employerOrgNumber, o.employerName,
                    o.partner == null ? null : new PartnerRef(o.partner.id, o.partner.name)),
                    new MunicipalityRef(o.municipality.code, o.municipality.name), o.address, o.postalCode, o.city, o.category,
                    o.employmentType, o.positions, o.startDate, o.applicationDeadline, o.link, o.description, o.source,
                    o.sourceId, o.statusOn(today), o.publishedAt, o.demo, o.version, o.createdAt, o.updatedAt);
        }
    }

    public record CategoryList(List<CategoryCount> items) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public PageRequest.Page<JobOpeningView> list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("source") String source, @QueryParam("municipality") String municipality,
            @QueryParam("category") String category, @QueryParam("partner") String partner, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        var filter = new JobOpeningService.Filter(QueryParams.text(validation, "q", q, 100),
                QueryParams.oneOf(validation, "status", status, Set.copyOf(JobOpening.STATUSES)),
                QueryParams.oneOf(validation, "source", source, Set.copyOf(JobOpening.SOURCES)),
                QueryParams.municipalityCode(validation, "municipality", municipality),
                QueryParams.text(validation, "category", category, 100), QueryParams.uuid(validation, "partner", partner));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-updatedAt").nullsLastThenById();
        var found = openings.search(filter, request);
        LocalDate today = OsloTime.today();
        return request.page(found.items().stream().map(o -> JobOpeningView.of(o, today)).toList(), found.total());
    }

    @GET
    @Path("/categories")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public CategoryList categories() {
        return new CategoryList(openings.categories());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public Response create(@NotNull JobOpeningInput body) {
        JobOpening opening = openings.create(body.details());
        return Response.created(URI.create("/api/v1/jobs/openings/" + opening.id)).tag(ETags.tag(opening.version))
                .entity(JobOpeningView.of(opening, OsloTime.today())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public Response get(@PathParam("id") String id) {
        return ok(openings.get(openingId(id)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull JobOpeningInput body) {
        return ok(openings.update(openingId(id), ifMatch, body.details()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        openings.delete(openingId(id), ifMatch);
        return Response.noContent().build();
    }

    private static UUID openingId(String id) {
        return QueryParams.uuidOrNotFound(id, "job opening");
    }

    private static Response ok(JobOpening opening) {
        return Response.ok(JobOpeningView.of(opening, OsloTime.today())).tag(ETags.tag(opening.version)).build();
    }
}
