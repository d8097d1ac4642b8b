package no.kongsberg.vekst.population.ssb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kongsberg.vekst.platform.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Asks a PxWebApi v2 service (Statistics Norway's by default) for a table's figures as JSON-stat2:
 * {@code GET {base}/tables/{id}/data?lang=no&outputFormat=json-stat2&valueCodes[Region]=...
 * &valueCodes[Tid]=...&valueCodes[ContentsCode]=*}.
 *
 * <p>Connection failures, timeouts, 429 and 5xx are retried with exponential backoff (a
 * Retry-After in seconds is honoured, up to {@code maxWait}); any other answer, or giving up,
 * is a 502 problem that says what the service answered. The body is read whole inside each
 * attempt, so a connection that breaks mid-answer is retried too.
 */
@ApplicationScoped
public class PxWebApiClient {

    public static final String STATISTICS_NORWAY = "https://data.ssb.no/api/pxwebapi/v2";
    private static final int MESSAGE_LIMIT = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final int maxAttempts;
    private final Duration baseBackoff;
    private final Duration maxWait;
    private final HttpClient http;

    @Inject
    public PxWebApiClient(
            @ConfigProperty(name = "vekst.pxwebapi.base-url", defaultValue = STATISTICS_NORWAY) String baseUrl,
            @ConfigProperty(name = "vekst.pxwebapi.connect-timeout", defaultValue = "PT5S") Duration connectTimeout,
            @ConfigProperty(name = "vekst.pxwebapi.request-timeout", defaultValue = "PT60S") Duration requestTimeout,
            @ConfigProperty(name = "vekst.pxwebapi.max-attempts", defaultValue = "4") int maxAttempts,
            @ConfigProperty(name = "vekst.pxwebapi.base-backoff", defaultValue = "PT0.5S") Duration baseBackoff,
            @ConfigProperty(name = "vekst.pxwebapi.max-wait", defaultValue = "PT30S") Duration maxWait) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("vekst.pxwebapi.max-attempts must be at least 1");
        }
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.requestTimeout = requestTimeout;
        this.maxAttempts = maxAttempts;
        this.baseBackoff = baseBackoff;
        this.maxWait = maxWait;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** For tests and tools outside CDI: the longest wait between attempts is 30 seconds. */
    public PxWebApiClient(String baseUrl, Duration connectTimeout, Duration requestTimeout, int maxAttempts,
            Duration baseBackoff) {
        this(baseUrl, connectTimeout, requestTimeout, maxAttempts, baseBackoff, Duration.ofSeconds(30));
    }

    /** The data request for the query. */
    public URI dataUri(PxWebQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("lang", "no");
        parameters.put("outputFormat", "json-stat2");
        parameters.put("valueCodes[Region]", String.join(",", query.regionCodes()));
        parameters.put("valueCodes[Tid]", String.join(",", query.timeCodes()));
        parameters.put("valueCodes[ContentsCode]", "*");
        if (query.regionCodelist() != null) {
            parameters.put("codelist[Region]", query.regionCodelist());
            if (query.regionCodelist().startsWith("agg_")) {
                // Without it an aggregation codelist answers with the single municipalities, not the sums.
                parameters.put("outputValues[Region]", "aggregated");
            }
        }
        String queryString = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(baseUrl + "/tables/" + encode(query.tableId()) + "/data?" + queryString);
    }

    /** The JSON-stat2 answer's bytes; a 502 {@link ApiProblem} when the service cannot give it. */
    public byte[] fetch(PxWebQuery query) {
        URI uri = dataUri(query);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").GET().build();
        String lastFailure = "no attempt made";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Duration wait = backoff(attempt);
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return response.body();
                }
                String answer = "answered HTTP " + status + serverMessage(response.body());
                if (status != 429 && status < 500) {
                    throw unavailable("Statistics service " + answer + " for table " + query.tableId() + " (" + uri + ")");
                }
                lastFailure = answer;
                Optional<Duration> retryAfter = retryAfter(response);
                if (retryAfter.isPresent()) {
                    if (retryAfter.get().compareTo(maxWait) > 0) {
                        throw unavailable("Statistics service " + answer + " and asks to wait " + retryAfter.get().toSeconds()
                                + " s before trying again; try later (" + uri + ")");
                    }
                    wait = retryAfter.get();
                }
            } catch (HttpTimeoutException e) {
                lastFailure = "did not answer within " + requestTimeout.toMillis() + " ms";
            } catch (IOException e) {
                lastFailure = "could not be reached (" + describe(e) + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unavailable("Interrupted while asking the statistics service (" + uri + ")");
            }
            if (attempt < maxAttempts) {
                sleep(wait, uri);
            }
        }
        throw unavailable("Statistics service " + lastFailure + "; gave up after " + maxAttempts
                + (maxAttempts == 1 ? " attempt" : " attempts") + " (" + uri + ")");
    }

    private Duration backoff(int attempt) {
        Duration wait = baseBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    /** Retry-After in seconds; the HTTP-date form is rare from these services and falls back to backoff. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The service's own words: PxWebApi errors are problem+json (title, detail) or {"error": ...}; else the text. */
    static String serverMessage(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode json = JSON.readTree(text);
            if (json != null && json.isObject()) {
                String words = String.join(": ", json.properties().stream()
                        .filter(e -> e.getKey().equals("title") || e.getKey().equals("detail") || e.getKey().equals("error"))
                        .map(e -> e.getValue().asText()).filter(s -> !s.isBlank()).toList());
                if (!words.isEmpty()) {
                    text = words;
                }
            }
        } catch (IOException notJson) {
            // A plain-text or HTML error page: say it as it is.
        }
        text = text.replaceAll("\\s+", " ");
        return ": " + (text.length() > MESSAGE_LIMIT ? text.substring(0, MESSAGE_LIMIT) + "…" : text);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
        }
        String kind = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    private static void sleep(Duration wait, URI uri) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("Interrupted while waiting to ask the statistics service again (" + uri + ")");
        }
    }

    private static ApiProblem unavailable(String detail) {
        return new ApiProblem(502, "upstream-unavailable", "Statistics service unavailable", detail, null, null);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
