package no.kongsberg.vekst.population.ssb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.kongsberg.vekst.platform.ApiProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PxWebApiClientTest {

    private static final Duration TINY = Duration.ofMillis(5);

    private HttpServer server;
    private final List<URI> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Answer> script = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger calls = new AtomicInteger();

    /** One scripted answer; the last one repeats. */
    private record Answer(int status, byte[] body, Map<String, String> headers, long delayMillis) {
        static Answer of(int status, String body) {
            return new Answer(status, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/pxwebapi/v2/", this::answer);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI());
        int call = calls.getAndIncrement();
        Answer answer = script.get(Math.min(call, script.size() - 1));
        try (exchange) {
            if (answer.delayMillis > 0) {
                Thread.sleep(answer.delayMillis);
            }
            answer.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status, answer.body.length == 0 ? -1 : answer.body.length);
            if (answer.body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer.body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client timed out and closed the connection: nothing to answer.
        }
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/pxwebapi/v2";
    }

    private PxWebApiClient client(int attempts) {
        return new PxWebApiClient(baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5), attempts, TINY);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = PxWebApiClientTest.class.getResourceAsStream("/fixtures/jsonstat/" + name)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> queryParameters(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private final PxWebQuery kongsbergQuarters = PxWebQuery.of(StatisticsNorwayTables.T01222, List.of("3303", "3006"), 2023, 2024);

    @Test
    void fetchesATableAndAsksForTheRightCells() throws IOException {
        byte[] body = fixture("ssb-01222-quarterly.json");
        script.add(new Answer(200, body, Map.of(), 0));

        byte[] fetched = client(3).fetch(kongsbergQuarters);

        assertArrayEquals(body, fetched);
        assertEquals(1, requests.size());
        URI request = requests.get(0);
        assertEquals("/api/pxwebapi/v2/tables/01222/data", request.getPath());
        assertEquals(Map.of(
                "lang", "no",
                "outputFormat", "json-stat2",
                "valueCodes[Region]", "3303,3006",
                "valueCodes[Tid]", "2023K1,2023K2,2023K3,2023K4,2024K1,2024K2,2024K3,2024K4",
                "valueCodes[ContentsCode]", "*"), queryParameters(request));

        RecordingSink sink = new RecordingSink();
        new StatisticsNorwayPopulationMapper().map(new ByteArrayInputStream(fetched), "01222", null, sink);
        // A cell the fixture's sparse value object leaves out, with no status either, is no
        // observation (imports/jsonstat/JsonStatReader) and is not stored.
        assertEquals(19, sink.values.size());
    }

    @Test
    void asksForYearsAndAggregatedSeriesWhenTold() {
        URI uri = client(1).dataUri(PxWebQuery.of(StatisticsNorwayTables.T06913, List.of("K-3303"), 2022, 2024)
                .withRegionCodelist("agg_KommSummer"));
        Map<String, String> parameters = queryParameters(uri);
        assertEquals("/api/pxwebapi/v2/tables/06913/data", uri.getPath());
        assertEquals("2022,2023,2024", parameters.get("valueCodes[Tid]"));
        assertEquals("K-3303", parameters.get("valueCodes[Region]"));
        assertEquals("agg_KommSummer", parameters.get("codelist[Region]"));
        assertEquals("aggregated", parameters.get("outputValues[Region]"));
    }

    @Test
    void retriesAfterServerErrors() {
        script.add(Answer.of(503, "Service Unavailable"));
        script.add(Answer.of(503, "Service Unavailable"));
        script.add(Answer.of(200, "{\"ok\":true}"));

        byte[] fetched = client(3).fetch(kongsbergQuarters);

        assertEquals("{\"ok\":true}", new String(fetched, StandardCharsets.UTF_8));
        assertEquals(3, calls.get());
    }

    @Test
    void honoursRetryAfter() {
        script.add(new Answer(429, "{\"title\":\"Too many requests\"}".getBytes(StandardCharsets.UTF_8), Map.of("Retry-After", "1"), 0));
        script.add(Answer.of(200, "{}"));

        long started = System.nanoTime();
        client(2).fetch(kongsbergQuarters);
        long waitedMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(2, calls.get());
        assertTrue(waitedMillis >= 950, "waited only " + waitedMillis + " ms, not the second the server asked for");
    }

    @Test
    void givesUpWithA502SayingWhatTheServerAnswered() {
        script.add(Answer.of(500, "{\"type\":\"about:blank\",\"title\":\"Internal error\",\"status\":500}"));

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client(3).fetch(kongsbergQuarters));

        assertEquals(3, calls.get());
        assertEquals(502, problem.status());
        assertEquals("upstream-unavailable", problem.code());
        assertEquals("Statistics service unavailable", problem.title());
        assertTrue(problem.getMessage().startsWith("Statistics service answered HTTP 500: Internal error; gave up after 3 attempts"),
                problem.getMessage());
    }

    @Test
    void doesNotRetryAClientErrorAndPassesTheServersMessageOn() {
        script.add(Answer.of(404, "{\"type\":\"https://example/errors/not-found\",\"title\":\"Non-existent table\",\"status\":404,"
                + "\"detail\":\"No table with id 99999\"}"));

        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> client(3).fetch(new PxWebQuery("99999", List.of("3303"), 2024, 2024, false, null)));

        assertEquals(1, calls.get());
        assertEquals(502, problem.status());
        assertTrue(problem.getMessage().startsWith(
                "Statistics service answered HTTP 404: Non-existent table: No table with id 99999 for table 99999"), problem.getMessage());
    }

    @Test
    void givesUpWhenNothingListens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        PxWebApiClient offline = new PxWebApiClient("http://127.0.0.1:" + closedPort + "/api/pxwebapi/v2",
                Duration.ofSeconds(1), Duration.ofSeconds(2), 2, TINY);

        ApiProblem problem = assertThrows(ApiProblem.class, () -> offline.fetch(kongsbergQuarters));

        assertEquals(502, problem.status());
        assertTrue(problem.getMessage().startsWith("Statistics service could not be reached (ConnectException"), problem.getMessage());
        assertTrue(problem.getMessage().contains("gave up after 2 attempts"), problem.getMessage());
    }

    @Test
    void givesUpOnAServerThatDoesNotAnswerInTime() {
        script.add(new Answer(200, "{}".getBytes(StandardCharsets.UTF_8), Map.of(), 1500));
        PxWebApiClient impatient = new PxWebApiClient(baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(200), 2, TINY);

        ApiProblem problem = assertThrows(ApiProblem.class, () -> impatient.fetch(kongsbergQuarters));

        assertTrue(problem.getMessage().startsWith("Statistics service did not answer within 200 ms; gave up after 2 attempts"),
                problem.getMessage());
    }

    @Test
    void refusesToWaitLongerThanItsLimit() {
        script.add(new Answer(503, new byte[0], Map.of("Retry-After", "3600"), 0));
        PxWebApiClient client = new PxWebApiClient(baseUrl(), Duration.ofSeconds(1), Duration.ofSeconds(2), 3, TINY, Duration.ofSeconds(5));

        ApiProblem problem = assertThrows(ApiProblem.class, () -> client.fetch(kongsbergQuarters));

        assertEquals(1, calls.get());
        assertTrue(problem.getMessage().startsWith("Statistics service answered HTTP 503 and asks to wait 3600 s"), problem.getMessage());
    }
}
