package no.kongsberg.vekst.platform;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Serves the built app (frontend/dist) at `/` when `vekst.web-dir` names it, as `make run` does;
 * client-side routes fall back to index.html. In production nginx serves the app instead.
 */
public class WebApp {

    private static final Logger LOG = Logger.getLogger(WebApp.class);

    void mount(@Observes Router router, @ConfigProperty(name = "vekst.web-dir") Optional<String> webDir) {
        if (webDir.isEmpty() || !Files.isRegularFile(Path.of(webDir.get(), "index.html"))) {
            LOG.info("No app to serve (vekst.web-dir unset or without index.html): API only");
            return;
        }
        Path root = Path.of(webDir.get()).toAbsolutePath();
        LOG.infof("Serving the app from %s", root);
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setIndexPage("index.html")
                .setCachingEnabled(true)
                .setDefaultContentEncoding("UTF-8");
        // Low priority (high order): the API, /q and everything Quarkus routes itself come first.
        router.route().order(10_000).handler(ctx -> {
            if (ctx.request().method() != HttpMethod.GET && ctx.request().method() != HttpMethod.HEAD
                    || isApiOrManagement(ctx)) {
                ctx.next();
                return;
            }
            String cacheControl = cacheControlOf(ctx.normalizedPath());
            ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", cacheControl));
            files.handle(ctx);
        });
        router.route().order(10_001).handler(ctx -> {
            if ((ctx.request().method() == HttpMethod.GET || ctx.request().method() == HttpMethod.HEAD)
                    && !isApiOrManagement(ctx) && !ctx.normalizedPath().contains(".")) {
                ctx.response().putHeader("Cache-Control", "no-cache");
                ctx.response().sendFile(root.resolve("index.html").toString());
                return;
            }
            ctx.next();
        });
    }

    /**
     * Hashed build files (and the widget bundle's per-release copies) never change: a year. The
     * widget bundle's stable URL is loaded by every page of the sites that embed it: five minutes.
     * Everything else (index.html, the widget manifest) is checked on every load. deploy/nginx.conf
     * has the same rules.
     */
    static String cacheControlOf(String path) {
        if (path.startsWith("/assets/") || path.matches("/embed/v[0-9]+/vekst-widgets\\.[0-9a-f]{10}\\.js")) {
            return "public, max-age=31536000, immutable";
        }
        if (path.matches("/embed/v[0-9]+/vekst-widgets\\.js")) {
            return "public, max-age=300";
        }
        return "no-cache";
    }

    private static boolean isApiOrManagement(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        return path.startsWith("/api/") || path.startsWith("/q/");
    }
}
