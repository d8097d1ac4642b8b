package no.kongsberg.vekst.apiclients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.auth.TokenService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.OsloTime;

/** The OAuth 2.0 client-credentials grant (RFC 6749, 4.4): a client's id and secret for a short token. */
@ApplicationScoped
public class ClientTokens {

    private final TokenService tokens;

    public ClientTokens(TokenService tokens) {
        this.tokens = tokens;
    }

    /** The form fields and the Authorization header of a token request, as received. */
    public record Request(String grantType, String clientId, String clientSecret, String scope, String authorization) {
    }

    public record Granted(TokenService.Token token, List<String> scopes) {
    }

    @Transactional
    public Granted grant(Request request) {
        if (request.grantType() == null || request.grantType().isBlank()) {
            throw invalidRequest("grant_type is required (client_credentials).");
        }
        if (!"client_credentials".equals(request.grantType())) {
            throw ApiProblem.oauth(400, "unsupported_grant_type", "Unsupported grant type",
                    "Only grant_type=client_credentials is supported.", null);
        }
        boolean basic = request.authorization() != null && request.authorization().regionMatches(true, 0, "Basic ", 0, 6);
        String id = request.clientId();
        String secret = request.clientSecret();
        if (basic) {
            if (id != null || secret != null) {
                throw invalidRequest("Send the client's credentials either by HTTP Basic or in the form, not both.");
            }
            String[] pair = basicCredentials(request.authorization().substring(6).trim());
            id = pair[0];
            secret = pair[1];
        }
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw invalidClient(basic, "The client id and secret are required (HTTP Basic or client_id and client_secret).");
        }
        ApiClient client = ApiClient.findByClientId(id).orElse(null);
        // Hash the secret even for an unknown id, so that timing does not tell which ids exist.
        boolean secretMatches = ClientSecrets.matches(secret, client == null ? ClientSecrets.hash("") : client.secretHash);
        if (client == null || !secretMatches || !client.usable(OsloTime.today())) {
            throw invalidClient(basic, "The client id or secret is wrong, or the client is revoked or expired.");
        }
        List<String> scopes = requestedScopes(request.scope(), client.scopeList());
        return new Granted(tokens.issueForClient(client.clientId, scopes, client.credentialsVersion), scopes);
    }

    private static List<String> requestedScopes(String scope, List<String> allowed) {
        if (scope == null || scope.isBlank()) {
            return allowed;
        }
        List<String> asked = new ArrayList<>();
        for (String s : scope.trim().split("\\s+")) {
            if (!allowed.contains(s)) {
                throw ApiProblem.oauth(400, "invalid_scope", "Invalid scope",
                        "The client may ask only for " + String.join(" ", allowed) + ".", null);
            }
            if (!asked.contains(s)) {
                asked.add(s);
            }
        }
        return allowed.stream().filter(asked::contains).toList();
    }

    /** RFC 6749, 2.3.1: id and secret are form-urlencoded before they go into the Basic header. */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw invalidRequest("The Basic credentials must be client_id:client_secret.");
            }
            return new String[] {java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            throw invalidRequest("The Basic credentials are not valid base64.");
        }
    }

    private static ApiProblem invalidRequest(String description) {
        return ApiProblem.oauth(400, "invalid_request", "Invalid token request", description, null);
    }

    private static ApiProblem invalidClient(boolean basic, String description) {
        return ApiProblem.oauth(401, "invalid_client", "Invalid client", description,
                basic ? Map.of("WWW-Authenticate", "Basic realm=\"vekst\"") : null);
    }
}
