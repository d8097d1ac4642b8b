package no.kongsberg.vekst.apiclients;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/auth/client-token")
public class ClientTokenResource {

    private final ClientTokens tokens;

    public ClientTokenResource(ClientTokens tokens) {
        this.tokens = tokens;
    }

    /** The field names are OAuth's (snake_case), as every client-credentials library sends and reads them. */
    public record ClientToken(String access_token, String token_type, long expires_in, String scope) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope,
            @HeaderParam("Authorization") String authorization) {
        ClientTokens.Granted granted = tokens.grant(new ClientTokens.Request(grantType, clientId, clientSecret, scope, authorization));
        return Response.ok(new ClientToken(granted.token().accessToken(), granted.token().tokenType(),
                granted.token().expiresIn(), String.join(" ", granted.scopes())))
                .header("Cache-Control", "no-store").build();
    }
}
