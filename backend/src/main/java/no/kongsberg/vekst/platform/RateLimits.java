package no.kongsberg.vekst.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rate limits per client address on everything under /api/: a token bucket for the public GETs and
 * one for all other calls, each holding up to a minute's allowance (a burst) and refilled evenly.
 * Over the limit: 429 problem+json with Retry-After, before any resource runs. The buckets live in
 * this instance's memory: with N replicas behind a balancer a client gets up to N times the limit,
 * which is acceptable for a guard against one client crowding out the others.
 */
public class RateLimits {

    /** One client's allowance of one kind; synchronized, since a client's requests run in parallel. */
    public static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long updated;

        public Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
            this.tokens = perMinute;
            this.updated = now;
        }

        /** 0 when a request may pass (and takes a token), else the whole seconds until one may. */
        public synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }

    void register(@Observes Router router, ClientAddress clients,
            @ConfigProperty(name = "vekst.rate-limit.public-per-minute") int publicPerMinute,
            @ConfigProperty(name = "vekst.rate-limit.api-per-minute") int apiPerMinute,
            @ConfigProperty(name = "vekst.rate-limit.exempt") List<String> exempt) {
        Set<String> exemptAddresses = exempt.stream().map(String::trim).filter(s -> !s.isEmpty() && !s.equals("none"))
                .collect(Collectors.toUnmodifiableSet());
        // A client idle for two minutes has a full bucket again: forgetting it changes nothing.
        Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(200_000).build();
        router.route("/api/*").order(Integer.MIN_VALUE).handler(ctx -> {
            boolean publicRead = isPublicRead(ctx);
            int limit = publicRead ? publicPerMinute : apiPerMinute;
            String client = clients.of(ctx.request());
            if (limit <= 0 || exemptAddresses.contains(client)) {
                ctx.next();
                return;
            }
            long now = System.nanoTime();
            long wait = buckets.get((publicRead ? "public " : "api ") + client, k -> new Bucket(limit, now)).take(now);
            if (wait == 0) {
                ctx.next();
                return;
            }
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            Problem.send(ctx, 429, "rate-limited", "Too many requests",
                    "More than " + limit + " requests a minute from this address. Try again in " + wait + " s.");
        });
    }

    static boolean isPublicRead(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        return ctx.normalizedPath().startsWith("/api/v1/public/")
                && (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
    }
}
