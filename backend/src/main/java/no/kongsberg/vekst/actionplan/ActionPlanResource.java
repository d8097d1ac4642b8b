package no.kongsberg.vekst.actionplan;

import com.fasterxml.jackson.annotation.JsonProperty;
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
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/action-plan/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActionPlanResource {

    private static final Map<String, String> SORTABLE = Map.of("dueDate", "dueDate", "title", "title", "status", "status",
            "focusArea", "focusArea", "axis", "axis", "owner", "owner", "updatedAt", "updatedAt");

    private final ActivityService activities;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public ActionPlanResource(ActivityService activities, io.quarkus.security.identity.SecurityIdentity identity) {
        this.identity = identity;
        this.activities = activities;
    }

    public record ActivityInput(String title, String description, String axis, String focusArea, String owner,
            LocalDate dueDate, String status, List<String> kpiKeys) {
        ActivityService.Details details() {
            return new ActivityService.Details(title, description, axis, focusArea, owner, dueDate, status, kpiKeys);
        }
    }

    public record ActivityView(UUID id, int year, String title, String description, String axis, String focusArea,
            String owner, LocalDate dueDate, String status, boolean late, List<String> kpiKeys, UUID copiedFrom, int version,
            Instant createdAt, Instant updatedAt) {
        static ActivityView of(Activity a, LocalDate today) {
            return new ActivityView(a.id, a.year, a.title, a.description, a.axis, a.focusArea, a.owner, a.dueDate, a.status,
                    Lateness.isLate(a, today), a.kpiKeys.stream().sorted().toList(), a.copiedFrom, a.version, a.createdAt,
                    a.updatedAt);
        }

        /** The same without the owner, who is a person: for API clients. */
        ActivityView withoutPersonalData() {
            return new ActivityView(id, year, title, description, axis, focusArea, null, dueDate, status, late, kpiKeys,
                    copiedFrom, version, createdAt, updatedAt);
        }

        static ActivityView of(Activity a) {
            return of(a, Lateness.today());
        }
    }

    public record Counts(long planned, @JsonProperty("in-progress") long inProgress, long done, long postponed,
            long cancelled, long late) {
    }

    public record ActivityPage(List<ActivityView> items, int page, int size, long total, Counts counts) {
    }

    public record ActivityCopyResult(int fromYear, int toYear, int copied, int alreadyCopied, List<ActivityView> items) {
    }

    @GET
    @Path("/activities")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public ActivityPage list(@PathParam("year") String year, @QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("axis") String axis, @QueryParam("focusArea") String focusArea, @QueryParam("late") String late,
            @QueryParam("kpi") String kpi, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        int planYear = planYear(validation, year);
        var filter = new ActivityService.Filter(QueryParams.text(validation, "q", q, 100),
                QueryParams.oneOf(validation, "status", status, Set.copyOf(Activity.STATUSES)),
                QueryParams.oneOf(validation, "axis", axis, Set.copyOf(Activity.AXES)),
                QueryParams.oneOf(validation, "focusArea", focusArea, Set.copyOf(FocusAreas.ALL)),
                QueryParams.bool(validation, "late", late), QueryParams.text(validation, "kpi", kpi, 50));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "dueDate,title").nullsLastThenById();
        ActivityService.Plan plan = activities.search(planYear, filter, request);
        Map<String, Long> by = plan.countsByStatus();
        Counts counts = new Counts(by.get(Activity.PLANNED), by.get(Activity.IN_PROGRESS), by.get(Activity.DONE),
                by.get(Activity.POSTPONED), by.get(Activity.CANCELLED), plan.late());
        var found = plan.page();
        return new ActivityPage(found.items().stream().map(a -> forCaller(ActivityView.of(a, plan.today()))).toList(), found.page(),
                found.size(), found.total(), counts);
    }

    @POST
    @Path("/activities")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@PathParam("year") String year, @NotNull ActivityInput body) {
        Validation validation = new Validation();
        int planYear = planYear(validation, year);
        validation.throwIfAny();
        Activity activity = activities.create(planYear, body.details());
        return Response.created(URI.create("/api/v1/action-plan/" + activity.year + "/activities/" + activity.id))
                .tag(ETags.tag(activity.version)).entity(ActivityView.of(activity)).build();
    }

    @GET
    @Path("/activities/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public Response get(@PathParam("year") String year, @PathParam("id") String id) {
        return ok(activities.get(planYearOrNotFound(year, id), activityId(id)));
    }

    @PUT
    @Path("/activities/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("year") String year, @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull ActivityInput body) {
        return ok(activities.update(planYearOrNotFound(year, id), activityId(id), ifMatch, body.details()));
    }

    @DELETE
    @Path("/activities/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("year") String year, @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        activities.delete(planYearOrNotFound(year, id), activityId(id), ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/copy-unfinished")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ActivityCopyResult copyUnfinished(@PathParam("year") String year) {
        Validation validation = new Validation();
        int fromYear = planYear(validation, year);
        validation.throwIfAny();
        ActivityService.CopyResult result = activities.copyUnfinished(fromYear);
        LocalDate today = Lateness.today();
        return new ActivityCopyResult(result.fromYear(), result.toYear(), result.copies().size(), result.alreadyCopied(),
                result.copies().stream().map(a -> ActivityView.of(a, today)).toList());
    }

    private static int planYear(Validation validation, String year) {
        Integer parsed = QueryParams.year(validation, "year", year, ActivityService.FIRST_YEAR, ActivityService.LAST_YEAR);
        if (parsed == null && !validation.has("year")) {
            validation.add("year", "invalid", "year must be a year with four digits, like 2024.");
        }
        return parsed == null ? 0 : parsed;
    }

    /** A year in the path of one activity: a year that cannot be a plan's has no activities (404). */
    private static int planYearOrNotFound(String year, String id) {
        Validation validation = new Validation();
        int planYear = planYear(validation, year);
        if (planYear == 0) {
            throw ApiProblem.notFound("No action plan has the activity " + QueryParams.shorten(id) + ".");
        }
        return planYear;
    }

    private static UUID activityId(String id) {
        return QueryParams.uuidOrNotFound(id, "activity");
    }

    private Response ok(Activity activity) {
        return Response.ok(forCaller(ActivityView.of(activity))).tag(ETags.tag(activity.version)).build();
    }

    private ActivityView forCaller(ActivityView view) {
        return Roles.isIntegrator(identity) ? view.withoutPersonalData() : view;
    }
}
