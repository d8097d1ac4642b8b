package no.kongsberg.vekst.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body, with Vekst's stable {@code code} and field {@code errors}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors, java.util.UUID runId,
        @com.fasterxml.jackson.annotation.JsonProperty("error") String oauthError,
        @com.fasterxml.jackson.annotation.JsonProperty("error_description") String oauthErrorDescription) {

    public Problem(String type, String title, int status, String detail, String instance, String code,
            List<FieldError> errors, java.util.UUID runId) {
        this(type, title, status, detail, instance, code, errors, runId, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://vekst.kongsberg.no/problems/";

    /** Ends a request with this problem from a Vert.x route, before any resource runs (413, 429). */
    static void send(io.vertx.ext.web.RoutingContext ctx, int status, String code, String title, String detail) {
        io.vertx.core.json.JsonObject problem = new io.vertx.core.json.JsonObject()
                .put("type", TYPE_BASE + code)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .put("code", code);
        ctx.response().setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE).end(problem.encode());
    }
}
