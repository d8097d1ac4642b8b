package no.kongsberg.vekst.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ClientAddress;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final AuthService auth;
    private final ClientAddress clientAddress;
    private final SecurityIdentity identity;

    public AuthResource(AuthService auth, ClientAddress clientAddress, SecurityIdentity identity) {
        this.auth = auth;
        this.clientAddress = clientAddress;
        this.identity = identity;
    }

    public record TokenRequest(@NotNull @Size(min = 1, max = 64) String username,
            @NotNull @Size(min = 1, max = 128) String password) {
    }

    public record Me(String username, String displayName, List<String> roles, UUID partnerId, boolean passwordChangeRequired) {
    }

    public record PasswordChange(@NotNull @Size(min = 1, max = 128) String currentPassword,
            @NotNull String newPassword) {
    }

    @POST
    @Path("/token")
    @PermitAll
    public TokenService.Token token(@Valid @NotNull TokenRequest body, @Context HttpServerRequest request) {
        return auth.signIn(body.username(), body.password(), clientAddress.of(request));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.PASSWORD_CHANGE_PENDING})
    public Me me() {
        AppUser user = AppUser.<AppUser>findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> ApiProblem.unauthorized("unauthorized", "The user no longer exists."));
        return new Me(user.username, user.displayName, user.roleList(), user.partnerId, user.passwordChangeRequired);
    }

    @POST
    @Path("/password")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.PASSWORD_CHANGE_PENDING})
    public Response changePassword(@Valid @NotNull PasswordChange body) {
        auth.changeOwnPassword(identity.getPrincipal().getName(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
