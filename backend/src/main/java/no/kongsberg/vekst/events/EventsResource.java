package no.kongsberg.vekst.events;

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
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    private static final Map<String, String> SORTABLE = Map.of("date", "date", "name", "name", "place", "place",
            "attendees", "attendees", "updatedAt", "updatedAt");

    private final EventService events;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    public EventsResource(EventService events, io.quarkus.security.identity.SecurityIdentity identity) {
        this.identity = identity;
        this.events = events;
    }

    public record EventInput(String name, LocalDate date, LocalDate endDate, String place, String focusArea,
            String description, Integer attendees, List<UUID> partnerIds, String notes) {
        EventService.Details details() {
            return new EventService.Details(name, date, endDate, place, focusArea, description, attendees, partnerIds, notes);
        }
    }

    public record PartnerRef(UUID id, String name) {
    }

    public record EventView(UUID id, String name, LocalDate date, LocalDate endDate, String place, String focusArea,
            String description, Integer attendees, List<PartnerRef> partners, String notes, boolean demo, int version,
            Instant createdAt, Instant updatedAt) {
        static EventView of(ProgrammeEvent e) {
            return new EventView(e.id, e.name, e.date, e.endDate, e.place, e.focusArea, e.description, e.attendees,
                    e.partnersByName().stream().map(p -> new PartnerRef(p.id, p.name)).toList(), e.notes, e.demo, e.version,
                    e.createdAt, e.updatedAt);
        }

        /** The same without the staff's notes, which may name people: for API clients. */
        EventView withoutPersonalData() {
            return new EventView(id, name, date, endDate, place, focusArea, description, attendees, partners, null, demo,
                    version, createdAt, updatedAt);
        }
    }

    private EventView forCaller(EventView view) {
        return Roles.isIntegrator(identity) ? view.withoutPersonalData() : view;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public PageRequest.Page<EventView> list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("q") String q, @QueryParam("focusArea") String focusArea, @QueryParam("partner") String partner,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        LocalDate fromDate = QueryParams.date(validation, "from", from);
        LocalDate toDate = QueryParams.date(validation, "to", to);
        validation.check(fromDate == null || toDate == null || !toDate.isBefore(fromDate), "to", "before-from",
                "to cannot be before from.");
        var filter = new EventService.Filter(fromDate, toDate, QueryParams.text(validation, "q", q, 100),
                QueryParams.oneOf(validation, "focusArea", focusArea, Set.copyOf(FocusAreas.ALL)),
                QueryParams.uuid(validation, "partner", partner));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "date,name").nullsLastThenById();
        var found = events.search(filter, request);
        return request.page(found.items().stream().map(e -> forCaller(EventView.of(e))).toList(), found.total());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@NotNull EventInput body) {
        ProgrammeEvent event = events.create(body.details());
        return Response.created(URI.create("/api/v1/events/" + event.id)).tag(ETags.tag(event.version))
                .entity(EventView.of(event)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public Response get(@PathParam("id") String id) {
        return ok(events.get(eventId(id)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull EventInput body) {
        return ok(events.update(eventId(id), ifMatch, body.details()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        events.delete(eventId(id), ifMatch);
        return Response.noContent().build();
    }

    private static UUID eventId(String id) {
        return QueryParams.uuidOrNotFound(id, "event");
    }

    private Response ok(ProgrammeEvent event) {
        return Response.ok(forCaller(EventView.of(event))).tag(ETags.tag(event.version)).build();
    }
}
