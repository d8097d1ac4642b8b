package no.kongsberg.vekst.platform;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Body limits: imports (paths ending in /imports) take files up to vekst.imports.max-body-size,
 * every other request up to vekst.http.max-body-size. A larger declared body is refused before
 * any resource runs, with the same problem+json shape as every other error (Quarkus would answer
 * an empty 413). Bodies without a Content-Length that grow past the HTTP layer's limit fail while
 * being read and are caught by the failure handler.
 */
public class BodyTooLarge {

    void register(@Observes Router router, @ConfigProperty(name = "vekst.http.max-body-size") MemorySize general,
            @ConfigProperty(name = "vekst.imports.max-body-size") MemorySize imports) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long max = limitFor(ctx, general, imports);
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > max) {
                ctx.response().putHeader("Connection", "close");
                respond(ctx, max);
                return;
            }
            ctx.next();
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                respond(ctx, limitFor(ctx, general, imports));
                return;
            }
            ctx.next();
        });
    }

    private static long limitFor(RoutingContext ctx, MemorySize general, MemorySize imports) {
        return ctx.normalizedPath().endsWith("/imports") ? imports.asLongValue() : general.asLongValue();
    }

    private static void respond(RoutingContext ctx, long max) {
        Problem.send(ctx, 413, "payload-too-large", "Body too large", "The request body is larger than " + max / 1024 + " KB.");
    }
}
