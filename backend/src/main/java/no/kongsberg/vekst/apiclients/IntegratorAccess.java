package no.kongsberg.vekst.apiclients;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.RateLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What an API client's call must pass besides its role: the scope the operation names ({@link Scope};
 * 403 `insufficient-scope` without it), and the client's own rate limit (429). Then the call is
 * counted for the client and the day, and a refused one as refused. Public operations are open to
 * anyone, clients included, and are neither checked nor counted.
 */
@ApplicationScoped
public class IntegratorAccess {

    private final SecurityIdentity identity;
    private final EntityManager entityManager;
    private final int perMinute;
    // A client idle for two minutes has a full bucket again: forgetting it changes nothing.
    private final Cache<UUID, RateLimits.Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

    public IntegratorAccess(SecurityIdentity identity, EntityManager entityManager,
            @ConfigProperty(name = "vekst.rate-limit.client-per-minute") int perMinute) {
        this.identity = identity;
        this.entityManager = entityManager;
        this.perMinute = perMinute;
    }

    @ServerRequestFilter
    public void check(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || isPublic(method) || !identity.hasRole(Roles.INTEGRATOR)) {
            return;
        }
        UUID client = identity.getAttribute(ActiveClients.CLIENT);
        Scope scope = method.getAnnotation(Scope.class) != null ? method.getAnnotation(Scope.class)
                : method.getDeclaringClass().getAnnotation(Scope.class);
        Set<String> granted = identity.getAttribute(ActiveClients.SCOPES);
        if (scope == null || granted == null || !granted.contains(scope.value())) {
            count(client, true);
            throw scope == null ? ApiProblem.forbidden("Your role may not do this.")
                    : new ApiProblem(403, "insufficient-scope", "Insufficient scope",
                            "This operation needs the scope " + scope.value() + ", which this token does not have.", null,
                            Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope.value() + "\""));
        }
        if (perMinute > 0) {
            long now = System.nanoTime();
            long wait = buckets.get(client, k -> new RateLimits.Bucket(perMinute, now)).take(now);
            if (wait > 0) {
                count(client, true);
                throw new ApiProblem(429, "rate-limited", "Too many requests", "More than " + perMinute
                        + " requests a minute from this API client. Try again in " + wait + " s.", null,
                        Map.of("Retry-After", Long.toString(wait)));
            }
        }
        count(client, false);
    }

    private static boolean isPublic(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    /** One upsert in its own transaction: the count stands whatever the call then does. */
    private void count(UUID client, boolean refused) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into api_client_usage (client_id, day, calls, refused) values (?1, ?2, ?3, ?4) "
                        + "on conflict (client_id, day) do update set calls = api_client_usage.calls + excluded.calls, "
                        + "refused = api_client_usage.refused + excluded.refused")
                .setParameter(1, client).setParameter(2, OsloTime.today())
                .setParameter(3, refused ? 0 : 1).setParameter(4, refused ? 1 : 0)
                .executeUpdate());
    }
}
