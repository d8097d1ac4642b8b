package no.kongsberg.vekst.platform;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request. X-Forwarded-For is believed only when the request
 * comes from a configured trusted proxy; otherwise anyone could pick an address and dodge the
 * per-address sign-in throttle.
 */
@ApplicationScoped
public class ClientAddress {

    private final Set<String> trustedProxies;

    public ClientAddress(@ConfigProperty(name = "vekst.trusted-proxies") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::trim)
                .filter(s -> !s.isEmpty() && !s.equals("none")).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the client reached us over HTTPS: directly, or through a trusted proxy that says so. */
    public boolean isHttps(HttpServerRequest request) {
        if (request.isSSL() || "https".equalsIgnoreCase(request.scheme())) {
            return true;
        }
        return trustedProxies.contains(peerOf(request)) && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    public String of(HttpServerRequest request) {
        String peer = peerOf(request);
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        // Walk from the nearest hop: the first address that is not one of our proxies is the client.
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return QueryParams.shorten(hops.get(i));
            }
        }
        return peer;
    }

    private static String peerOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
