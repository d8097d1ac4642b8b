package no.kongsberg.vekst.auth;

import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {

    private static final Map<String, String> SORTABLE = Map.of("username", "username", "displayName", "displayName",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final UserService users;
    private final SecurityIdentity identity;

    public UsersResource(UserService users, SecurityIdentity identity) {
        this.users = users;
        this.identity = identity;
    }

    public record UserView(UUID id, String username, String displayName, List<String> roles, UUID partnerId,
            boolean enabled, boolean passwordChangeRequired, Instant createdAt, Instant updatedAt) {
        public static UserView of(AppUser u) {
            return new UserView(u.id, u.username, u.displayName, u.roleList(), u.partnerId, u.enabled,
                    u.passwordChangeRequired, u.createdAt, u.updatedAt);
        }
    }

    public record UserCreate(String username, String displayName, String password, List<String> roles, UUID partnerId) {
    }

    public record UserUpdate(String displayName, List<String> roles, UUID partnerId, @NotNull Boolean enabled) {
    }

    public record PasswordReset(String newPassword) {
    }

    @GET
    public PageRequest.Page<UserView> list(@QueryParam("q") String q, @QueryParam("role") String role,
            @QueryParam("enabled") String enabled, @QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        String roleFilter = QueryParams.oneOf(validation, "role", role, Set.copyOf(Roles.ALL));
        Boolean enabledFilter = QueryParams.bool(validation, "enabled", enabled);
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "username").nullsLastThenById();
        var found = users.search(new UserService.Filter(q == null || q.isBlank() ? null : q.trim(), roleFilter, enabledFilter), request);
        return request.page(found.items().stream().map(UserView::of).toList(), found.total());
    }

    @POST
    public Response create(@Valid @NotNull UserCreate body) {
        AppUser user = users.create(new UserService.NewUser(body.username(), body.displayName(), body.password(),
                body.roles(), body.partnerId()));
        return Response.created(URI.create("/api/v1/users/" + user.id)).tag(etagValue(user)).entity(UserView.of(user)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        AppUser user = users.get(QueryParams.uuidOrNotFound(id, "user"));
        return Response.ok(UserView.of(user)).tag(etagValue(user)).build();
    }

    @PUT
    @Path("/{id}")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UserUpdate body) {
        AppUser user = users.update(QueryParams.uuidOrNotFound(id, "user"), ifMatch,
                new UserService.UserChange(body.displayName(), body.roles(), body.partnerId(), body.enabled()),
                identity.getPrincipal().getName());
        return Response.ok(UserView.of(user)).tag(etagValue(user)).build();
    }

    @POST
    @Path("/{id}/password")
    public Response resetPassword(@PathParam("id") String id, @Valid @NotNull PasswordReset body) {
        users.resetPassword(QueryParams.uuidOrNotFound(id, "user"), body.newPassword());
        return Response.noContent().build();
    }

    private static jakarta.ws.rs.core.EntityTag etagValue(AppUser user) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(user.version));
    }
}
