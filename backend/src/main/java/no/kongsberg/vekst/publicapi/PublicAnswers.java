package no.kongsberg.vekst.publicapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import no.kongsberg.vekst.platform.DataChanges;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.ProblemMappers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public answers, served from memory: read from the database on first request and again only
 * when the data may have changed ({@link DataChanges}) or the day turned (openings expire, the
 * default year moves). Each answer is kept as the exact bytes sent, with a strong ETag that is a
 * hash of them, so every instance gives the same ETag for the same figures and `If-None-Match`
 * gets 304. When the database cannot be reached, the last answer is served with a `Warning`.
 */
@ApplicationScoped
public class PublicAnswers {

    /** After a failed read, how long answers come straight from memory before the database is tried again. */
    private static final Duration BACKOFF = Duration.ofSeconds(2);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private record Answer(byte[] body, String etag, long generation, LocalDate day, Instant readAt) {
    }

    private final Cache<String, Answer> answers;
    private final Object[] locks = new Object[64];
    private final DataChanges changes;
    private final ObjectMapper json;
    private final String cacheControl;
    private volatile Instant lastFailure = Instant.EPOCH;

    public PublicAnswers(DataChanges changes, ObjectMapper json,
            @ConfigProperty(name = "vekst.public-api.max-age") Duration maxAge,
            @ConfigProperty(name = "vekst.public-api.stale-while-revalidate") Duration staleWhileRevalidate,
            @ConfigProperty(name = "vekst.public-api.cache-size") MemorySize maxSize) {
        this.changes = changes;
        this.json = json;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
        // Bounded by the bytes kept: every distinct query is an entry, and anyone can send distinct queries.
        this.answers = Caffeine.newBuilder().maximumWeight(maxSize.asLongValue())
                .weigher((String id, Answer answer) -> id.length() + answer.body().length).build();
        Arrays.setAll(locks, i -> new Object());
    }

    /**
     * The answer to a public GET: {@code key} names the operation and {@code arguments} its
     * validated parameters (so that spellings of one query share an entry), {@code read} gets the
     * body from the database.
     */
    public Response answer(String ifNoneMatch, String key, List<?> arguments, Supplier<Object> read) {
        String id = key + arguments;
        Answer kept = answers.getIfPresent(id);
        boolean stale = false;
        if (!current(kept)) {
            synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
                // One read per entry at a time: a burst after a change costs one query, not hundreds.
                kept = answers.getIfPresent(id);
                if (!current(kept)) {
                    if (kept != null && Instant.now().isBefore(lastFailure.plus(BACKOFF))) {
                        stale = true;
                    } else {
                        try {
                            kept = read(id, read);
                        } catch (RuntimeException e) {
                            if (kept == null || !ProblemMappers.databaseUnreachable(e)) {
                                throw e;
                            }
                            lastFailure = Instant.now();
                            stale = true;
                        }
                    }
                }
            }
        }
        if (ETags.anyMatches(ifNoneMatch, "\"" + kept.etag() + "\"")) {
            return Response.notModified(new EntityTag(kept.etag())).header("Cache-Control", cacheControl).build();
        }
        Response.ResponseBuilder response = Response.ok(kept.body(), MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(kept.etag())).header("Cache-Control", cacheControl);
        if (stale) {
            response.header("Warning", "110 vekst \"Response is Stale: the database is unreachable\" \""
                    + HTTP_DATE.format(kept.readAt()) + "\"").header("Vekst-Stale-Since", kept.readAt().toString());
        }
        return response.build();
    }

    private boolean current(Answer answer) {
        return answer != null && changes.listening() && answer.generation() == changes.generation()
                && answer.day().equals(OsloTime.today());
    }

    private Answer read(String id, Supplier<Object> read) {
        // The generation before reading: a change committed meanwhile leaves this answer out of date.
        long generation = changes.generation();
        LocalDate day = OsloTime.today();
        Instant readAt = Instant.now();
        byte[] body;
        try {
            body = json.writeValueAsBytes(read.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Answer answer = new Answer(body, tagOf(body), generation, day, readAt);
        answers.put(id, answer);
        return answer;
    }

    private static String tagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
