package no.kongsberg.vekst.platform;

import io.smallrye.config.ConfigMapping;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's versioning policy made visible (docs/api/VERSIONING.md): an operation configured as
 * deprecated answers, whatever its status, `Deprecation: @<unix time>` (RFC 9745), `Sunset:
 * <HTTP date>` (RFC 8594) and a `Link` to the notice. Configured per operation, e.g.
 * <pre>
 * vekst.api.deprecations.old-series.operation=GET /api/v1/population/series
 * vekst.api.deprecations.old-series.since=2027-01-01
 * vekst.api.deprecations.old-series.sunset=2028-01-31
 * vekst.api.deprecations.old-series.link=https://vekst.kongsberg.no/docs/api/CHANGELOG.md
 * </pre>
 */
public class Deprecations {

    @ConfigMapping(prefix = "vekst.api")
    public interface Config {
        Map<String, Deprecation> deprecations();

        interface Deprecation {
            /** "METHOD /path/template" as in openapi.yaml. */
            String operation();

            LocalDate since();

            LocalDate sunset();

            Optional<String> link();
        }
    }

    record Rule(String method, Pattern path, String deprecation, String sunset, String link) {
    }

    void register(@Observes Router router, Config config) {
        List<Rule> rules = config.deprecations().values().stream().map(Deprecations::rule).toList();
        if (rules.isEmpty()) {
            return;
        }
        router.route("/api/*").order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String method = ctx.request().method().name();
            for (Rule rule : rules) {
                if (rule.method().equals(method) && rule.path().matcher(ctx.normalizedPath()).matches()) {
                    ctx.response().putHeader("Deprecation", rule.deprecation()).putHeader("Sunset", rule.sunset());
                    if (rule.link() != null) {
                        ctx.response().putHeader("Link", "<" + rule.link() + ">; rel=\"deprecation\"; type=\"text/html\"");
                    }
                    break;
                }
            }
            ctx.next();
        });
    }

    static Rule rule(Config.Deprecation d) {
        String[] parts = d.operation().trim().split("\\s+", 2);
        if (parts.length != 2 || !parts[1].startsWith("/api/")) {
            throw new IllegalArgumentException("vekst.api.deprecations: operation must be 'METHOD /api/...', not " + d.operation());
        }
        String regex = Pattern.quote(parts[1]).replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q");
        return new Rule(parts[0].toUpperCase(java.util.Locale.ROOT), Pattern.compile(regex),
                "@" + d.since().atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                DateTimeFormatter.RFC_1123_DATE_TIME.format(d.sunset().atStartOfDay(ZoneOffset.UTC)), d.link().orElse(null));
    }
}
