package no.kongsberg.vekst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For and X-Forwarded-Proto are believed only from a trusted proxy (rate limits, sign-in throttling, HSTS). */
class ClientAddressTest {

    private final ClientAddress clients = new ClientAddress(List.of("10.0.0.5", "10.0.0.6"));

    @Test
    void aDirectClientIsItsPeerAddressWhateverItClaims() {
        HttpServerRequest request = request("203.0.113.9", Map.of("X-Forwarded-For", "198.51.100.1", "X-Forwarded-Proto", "https"));
        assertEquals("203.0.113.9", clients.of(request));
        assertFalse(clients.isHttps(request));
    }

    @Test
    void behindTrustedProxiesTheClientIsTheFirstHopThatIsNotOne() {
        HttpServerRequest request = request("10.0.0.5",
                Map.of("X-Forwarded-For", "198.51.100.1, 192.0.2.7, 10.0.0.6", "X-Forwarded-Proto", "https"));
        // 198.51.100.1 may be made up by the client; 192.0.2.7 is what our outermost proxy saw.
        assertEquals("192.0.2.7", clients.of(request));
        assertTrue(clients.isHttps(request));
        assertEquals("10.0.0.5", clients.of(request("10.0.0.5", Map.of())));
    }

    /**
     * A request with a peer address and headers: all ClientAddress reads. Any other method fails
     * the test, so that ClientAddress starting to depend on more of the request is noticed here.
     */
    private static HttpServerRequest request(String peer, Map<String, String> headers) {
        return (HttpServerRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(),
                new Class<?>[] { HttpServerRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "remoteAddress" -> SocketAddress.inetSocketAddress(40000, peer);
                    case "getHeader" -> headers.get((String) args[0]);
                    case "isSSL" -> false;
                    case "scheme" -> "http";
                    default -> throw new AssertionError("ClientAddress read " + method.getName() + ", which this test does not model");
                });
    }
}
