package no.kongsberg.vekst.apiclients;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/api-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiClientsResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt",
            "expiresOn", "expiresOn", "lastUsedOn", "lastUsedOn");

    private final ApiClientService clients;

    public ApiClientsResource(ApiClientService clients) {
        this.clients = clients;
    }

    public record ApiClientView(UUID id, String clientId, String name, String ownerName, String ownerEmail,
            List<String> scopes, LocalDate expiresOn, String status, Instant secretCreatedAt, Instant revokedAt,
            LocalDate lastUsedOn, Instant createdAt, Instant updatedAt) {
        static ApiClientView of(ApiClient c) {
            return new ApiClientView(c.id, c.clientId, c.name, c.ownerName, c.ownerEmail, c.scopeList(), c.expiresOn,
                    c.status(OsloTime.today()), c.secretCreatedAt, c.revokedAt, c.lastUsedOn, c.createdAt, c.updatedAt);
        }
    }

    public record ApiClientInput(String name, String ownerName, String ownerEmail, List<String> scopes, LocalDate expiresOn) {
        ApiClientService.Details details() {
            return new ApiClientService.Details(name, ownerName, ownerEmail, scopes, expiresOn);
        }
    }

    public record Credentials(ApiClientView client, String clientSecret) {
    }

    @GET
    public PageRequest.Page<ApiClientView> list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        String statusFilter = QueryParams.oneOf(validation, "status", status, Set.of("active", "expired", "revoked"));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "name").nullsLastThenById();
        var found = clients.search(new ApiClientService.Filter(q == null || q.isBlank() ? null : q.trim(), statusFilter), request);
        return request.page(found.items().stream().map(ApiClientView::of).toList(), found.total());
    }

    @POST
    public Response create(@Valid @NotNull ApiClientInput body) {
        ApiClientService.WithSecret created = clients.create(body.details());
        return withSecret(Response.created(URI.create("/api/v1/api-clients/" + created.client().id)), created);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        ApiClient client = clients.get(QueryParams.uuidOrNotFound(id, "API client"));
        return Response.ok(ApiClientView.of(client)).tag(etag(client)).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ApiClientInput body) {
        ApiClient client = clients.update(QueryParams.uuidOrNotFound(id, "API client"), ifMatch, body.details());
        return Response.ok(ApiClientView.of(client)).tag(etag(client)).build();
    }

    @POST
    @Path("/{id}/secret")
    public Response rotate(@PathParam("id") String id) {
        return withSecret(Response.ok(), clients.rotate(QueryParams.uuidOrNotFound(id, "API client")));
    }

    @POST
    @Path("/{id}/revocation")
    public Response revoke(@PathParam("id") String id) {
        ApiClient client = clients.revoke(QueryParams.uuidOrNotFound(id, "API client"));
        return Response.ok(ApiClientView.of(client)).tag(etag(client)).build();
    }

    @GET
    @Path("/{id}/usage")
    public ApiClientService.Usage usage(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Validation validation = new Validation();
        LocalDate fromDay = QueryParams.date(validation, "from", from);
        LocalDate toDay = QueryParams.date(validation, "to", to);
        validation.throwIfAny();
        return clients.usage(QueryParams.uuidOrNotFound(id, "API client"), fromDay, toDay);
    }

    /** The secret is in this answer only: no cache may keep it. */
    private static Response withSecret(Response.ResponseBuilder builder, ApiClientService.WithSecret created) {
        return builder.entity(new Credentials(ApiClientView.of(created.client()), created.secret()))
                .tag(etag(created.client())).header("Cache-Control", "no-store").build();
    }

    private static EntityTag etag(ApiClient client) {
        return new EntityTag(Long.toString(client.version));
    }
}
