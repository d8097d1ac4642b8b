package no.kongsberg.vekst.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A local stand-in for Statistics Norway's PxWebApi v2: table 06913 answers a fixture, table
 * 01222 is "down" (503), anything else is 404 with PxWebApi's kind of error body.
 */
final class FakePxWebApi {

    private FakePxWebApi() {
    }

    static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/pxwebapi/v2/tables/", exchange -> {
                System.setProperty(VekstTestResource.LAST_PXWEB_QUERY,
                        exchange.getRequestURI().getPath() + "?" + exchange.getRequestURI().getQuery());
                byte[] body;
                int status;
                if (exchange.getRequestURI().getPath().endsWith("/06913/data")) {
                    try (InputStream fixture = FakePxWebApi.class.getResourceAsStream("/fixtures/api/ssb-06913-kongsvinger.json")) {
                        body = fixture.readAllBytes();
                    }
                    status = 200;
                    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
                } else if (exchange.getRequestURI().getPath().endsWith("/01222/data")) {
                    body = "Service Unavailable".getBytes(StandardCharsets.UTF_8);
                    status = 503;
                } else {
                    body = "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such table\"}".getBytes(StandardCharsets.UTF_8);
                    status = 404;
                }
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
