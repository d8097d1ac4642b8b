package no.kongsberg.vekst.apiclients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/** API clients: their rules (scopes, expiry, revocation), secrets, audit and usage. */
@ApplicationScoped
public class ApiClientService {

    public static final List<String> SCOPES = List.of(Scope.STATISTICS, Scope.PROGRAMME, Scope.PARTNERS_PUBLIC);
    /** The longest a client may be given before someone has to look at it again. */
    static final int MAX_YEARS = 3;
    static final int MAX_USAGE_DAYS = 367;

    private final AuditService audit;
    private final EntityManager entityManager;

    public ApiClientService(AuditService audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    public record Details(String name, String ownerName, String ownerEmail, List<String> scopes, LocalDate expiresOn) {
    }

    /** A client with the secret that was just made for it: the only moment the secret exists in clear. */
    public record WithSecret(ApiClient client, String secret) {
    }

    public record Filter(String text, String status) {
    }

    public record UsageDay(LocalDate date, long calls, long refused) {
    }

    public record Usage(String clientId, LocalDate from, LocalDate to, long totalCalls, long totalRefused, List<UsageDay> days) {
    }

    @Transactional
    public PageRequest.Page<ApiClient> search(Filter filter, PageRequest page) {
        LocalDate today = OsloTime.today();
        Where where = new Where().contains(filter.text(), "text", "name", "ownerName", "ownerEmail", "clientId");
        if (filter.status() != null) {
            where = switch (filter.status()) {
                case "revoked" -> where.and("revokedAt is not null");
                case "expired" -> where.and("revokedAt is null and expiresOn < :today", "today", today);
                default -> where.and("revokedAt is null and expiresOn >= :today", "today", today);
            };
        }
        var found = ApiClient.find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    @Transactional
    public ApiClient get(UUID id) {
        return ApiClient.<ApiClient>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No API client has the id " + id + "."));
    }

    @Transactional
    public WithSecret create(Details details) {
        Details checked = check(details);
        ApiClient client = new ApiClient();
        client.id = UUID.randomUUID();
        client.clientId = ClientSecrets.newClientId();
        apply(client, checked);
        String secret = ClientSecrets.newSecret();
        client.secretHash = ClientSecrets.hash(secret);
        client.createdAt = Instant.now();
        client.updatedAt = client.createdAt;
        client.secretCreatedAt = client.createdAt;
        client.credentialsVersion = 1;
        client.persistAndFlush();
        audit.record("create", "api-client", client.id, Changes.created(client.auditView()));
        return new WithSecret(client, secret);
    }

    @Transactional
    public ApiClient update(UUID id, String ifMatch, Details details) {
        ApiClient client = get(id);
        ETags.requireMatch(ifMatch, client.version);
        requireNotRevoked(client);
        Details checked = check(details);
        Map<String, Object> before = client.auditView();
        apply(client, checked);
        client.updatedAt = Instant.now();
        audit.recordUpdate("api-client", client.id, before, client.auditView());
        client.persistAndFlush();
        return client;
    }

    /** A new secret; the old one, and every token issued under it, stop working at once. */
    @Transactional
    public WithSecret rotate(UUID id) {
        ApiClient client = get(id);
        requireNotRevoked(client);
        String secret = ClientSecrets.newSecret();
        client.secretHash = ClientSecrets.hash(secret);
        client.credentialsVersion++;
        client.secretCreatedAt = Instant.now();
        client.updatedAt = client.secretCreatedAt;
        client.persistAndFlush();
        audit.record("rotate-secret", "api-client", client.id, Map.of());
        return new WithSecret(client, secret);
    }

    @Transactional
    public ApiClient revoke(UUID id) {
        ApiClient client = get(id);
        if (client.revokedAt == null) {
            Map<String, Object> before = client.auditView();
            client.revokedAt = Instant.now();
            client.updatedAt = client.revokedAt;
            audit.record("revoke", "api-client", client.id, Changes.between(before, client.auditView()));
            client.persistAndFlush();
        }
        return client;
    }

    @Transactional
    public Usage usage(UUID id, LocalDate from, LocalDate to) {
        ApiClient client = get(id);
        LocalDate last = to == null ? OsloTime.today() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        Validation validation = new Validation();
        validation.plausibleDate("from", first).plausibleDate("to", last);
        validation.check(!first.isAfter(last), "from", "after-to", "from must not be after to.");
        validation.check(ChronoUnit.DAYS.between(first, last) < MAX_USAGE_DAYS - 1, "to", "too-long",
                "At most " + (MAX_USAGE_DAYS - 1) + " days at a time.");
        validation.throwIfAny();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select day, calls, refused from api_client_usage where client_id = ?1 and day between ?2 and ?3")
                .setParameter(1, client.id).setParameter(2, first).setParameter(3, last).getResultList();
        Map<LocalDate, Object[]> byDay = new java.util.HashMap<>();
        for (Object[] row : rows) {
            byDay.put(row[0] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[0], row);
        }
        List<UsageDay> days = new ArrayList<>();
        long calls = 0;
        long refused = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Object[] row = byDay.get(day);
            long dayCalls = row == null ? 0 : ((Number) row[1]).longValue();
            long dayRefused = row == null ? 0 : ((Number) row[2]).longValue();
            days.add(new UsageDay(day, dayCalls, dayRefused));
            calls += dayCalls;
            refused += dayRefused;
        }
        return new Usage(client.clientId, first, last, calls, refused, days);
    }

    private static void requireNotRevoked(ApiClient client) {
        if (client.revokedAt != null) {
            throw new ApiProblem(409, "revoked", "Revoked", "The client is revoked; create a new one instead.",
                    List.of(new no.kongsberg.vekst.platform.FieldError("id", "revoked", "The client is revoked.")), null);
        }
    }

    private static void apply(ApiClient client, Details details) {
        client.name = details.name();
        client.ownerName = details.ownerName();
        client.ownerEmail = details.ownerEmail();
        client.scopes = details.scopes().toArray(String[]::new);
        client.expiresOn = details.expiresOn();
    }

    private static Details check(Details details) {
        Validation validation = new Validation();
        validation.text("name", details.name(), 200, true)
                .text("ownerName", details.ownerName(), 200, true)
                .text("ownerEmail", details.ownerEmail(), 254, true);
        String email = Validation.trimmed(details.ownerEmail());
        if (!validation.has("ownerEmail")) {
            validation.check(email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "ownerEmail", "invalid",
                    "An e-mail address like name@example.no is required.");
        }
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        if (details.scopes() == null || details.scopes().isEmpty()) {
            validation.add("scopes", "required", "At least one scope is required.");
        } else {
            for (int i = 0; i < details.scopes().size(); i++) {
                String scope = details.scopes().get(i);
                validation.check(SCOPES.contains(scope), "scopes[" + i + "]", "unknown-value",
                        "Scopes are " + String.join(", ", SCOPES) + ".");
                scopes.add(scope);
            }
        }
        LocalDate today = OsloTime.today();
        if (details.expiresOn() == null) {
            validation.add("expiresOn", "required", "The last day the client works is required.");
        } else {
            validation.check(!details.expiresOn().isBefore(today), "expiresOn", "in-the-past", "The day must not be in the past.");
            validation.check(!details.expiresOn().isAfter(today.plusYears(MAX_YEARS)), "expiresOn", "too-far",
                    "At most " + MAX_YEARS + " years ahead.");
        }
        validation.throwIfAny();
        // One order everywhere, as listed in SCOPES.
        return new Details(Validation.trimmed(details.name()), Validation.trimmed(details.ownerName()), email,
                SCOPES.stream().filter(scopes::contains).toList(), details.expiresOn());
    }
}
