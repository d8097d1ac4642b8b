package no.kongsberg.vekst.platform;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * The headers every response of the backend carries, whatever produced it (the API, its error
 * handlers, the app's files under `make run`, the widget bundle, /q): set here once, just before
 * the status line is written. deploy/nginx.conf sets the same for what nginx serves (a test keeps
 * the app's Content-Security-Policy identical in both).
 *
 * Also the CORS of open data: /api/v1/public/** and /embed/** may be read by any site, without
 * credentials. Their Origin header is taken off before Quarkus's CORS filter, which admits only the
 * configured origins (the rule for everything else).
 */
public class SecurityHeaders {

    /**
     * The app's policy: everything from this origin (the fonts are bundled; Vite inlines small
     * assets as data: URLs), no inline scripts, framed only by itself; one inline stylesheet allowed
     * by its hash, the report preview's (reports/ReportHtml.STYLE; ReportPeriodTest checks it).
     */
    public static final String APP_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'sha256-QfxzzxaVdXQOPy7YMgKJdpnFO5LHgT/dkUB0hDBEL3c='; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** JSON and files are never a document: nothing may run, nobody may frame them. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** First of the routes at the lowest order, so that even the answers of the others (413, 429) carry the headers. */
    void register(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Router router, ClientAddress clients) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.normalizedPath();
            boolean open = isOpenData(path);
            boolean https = clients.isHttps(ctx.request());
            if (open) {
                ctx.request().headers().remove("Origin");
                if (ctx.request().method() == HttpMethod.OPTIONS) {
                    // A preflight: open data may be read with the validators the widgets send.
                    ctx.response().setStatusCode(204).putHeader("Access-Control-Allow-Origin", "*")
                            .putHeader("Access-Control-Allow-Methods", "GET, HEAD")
                            .putHeader("Access-Control-Allow-Headers", "If-None-Match")
                            .putHeader("Access-Control-Max-Age", "86400");
                    addHeaders(ctx, path, true, https);
                    ctx.response().end();
                    return;
                }
            }
            ctx.addHeadersEndHandler(v -> addHeaders(ctx, path, open, https));
            ctx.next();
        });
    }

    static boolean isOpenData(String path) {
        return path.startsWith("/api/v1/public/") || path.startsWith("/embed/");
    }

    private static void addHeaders(RoutingContext ctx, String path, boolean open, boolean https) {
        MultiMap headers = ctx.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (https) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (open) {
            headers.set("Access-Control-Allow-Origin", "*");
            headers.set("Access-Control-Expose-Headers", "ETag, Warning, Vekst-Stale-Since, Retry-After");
            // The widget bundle is loaded by other sites' pages.
            headers.set("Cross-Origin-Resource-Policy", "cross-origin");
        }
        if (path.startsWith("/api/") || path.startsWith("/embed/")) {
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy", API_POLICY);
            if (!open && !headers.contains("Cache-Control")) {
                // Anything behind sign-in may be personal: never kept by a browser or proxy.
                headers.set("Cache-Control", "no-store");
            }
        } else if (path.startsWith("/q/")) {
            // Operators' pages (Swagger UI runs inline scripts): no framing, no sniffing.
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        } else {
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "SAMEORIGIN");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
            headers.set("Content-Security-Policy", APP_POLICY);
        }
    }
}
