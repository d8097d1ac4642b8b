package no.kongsberg.vekst.audit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Where;

/**
 * Records every change made through the API and every sign-in event, in the same transaction as
 * the change itself, so that a change and its entry stand or fall together.
 */
@ApplicationScoped
public class AuditService {

    private final Instance<SecurityIdentity> identity;
    private final Instance<HttpServerRequest> request;
    private final ClientAddress clientAddress;

    public AuditService(Instance<SecurityIdentity> identity, Instance<HttpServerRequest> request, ClientAddress clientAddress) {
        this.identity = identity;
        this.request = request;
        this.clientAddress = clientAddress;
    }

    /** Records an action by the signed-in user (or the system, outside a request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entity, Object entityId, Map<String, Map<String, Object>> changes) {
        recordAs(currentActor(), action, entity, entityId, changes);
    }

    /**
     * Records an update by the signed-in user with the fields it changed, unless it changed nothing.
     * Returns whether anything changed, so that the caller can touch its `updatedAt`.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordUpdate(String entity, Object entityId, Map<String, Object> before, Map<String, Object> after) {
        var changes = Changes.between(before, after);
        if (!changes.isEmpty()) {
            record("update", entity, entityId, changes);
        }
        return !changes.isEmpty();
    }

    /** Records an action by a named actor, e.g. a sign-in before any identity exists. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, String action, String entity, Object entityId, Map<String, Map<String, Object>> changes) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actor = actor;
        entry.action = action;
        entry.entity = entity;
        entry.entityId = entityId == null ? null : entityId.toString();
        entry.address = currentAddress();
        entry.changes = changes == null ? Map.of() : changes;
        entry.persist();
    }

    public record Filter(String entity, String entityId, String actor, String action, Instant from, Instant to) {
    }

    @Transactional
    public PageRequest.Page<AuditEntry> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .and("entity = :entity", "entity", filter.entity())
                .and("entityId = :entityId", "entityId", filter.entityId())
                .and("actor = :actor", "actor", filter.actor())
                .and("action = :action", "action", filter.action())
                .and("at >= :from", "from", filter.from())
                .and("at < :to", "to", filter.to());
        var found = AuditEntry.find(where.query(), page.sort(), where.parameters());
        long total = found.count();
        List<AuditEntry> items = found.page(page.page(), page.size()).list();
        return page.page(items, total);
    }

    /** The signed-in user's name, or null for the system itself (start-up, seeding). */
    public String actor() {
        return currentActor();
    }

    private String currentActor() {
        try {
            if (identity.isResolvable() && !identity.get().isAnonymous()) {
                return identity.get().getPrincipal().getName();
            }
        } catch (RuntimeException outsideRequest) {
            // No request scope: a change made by the system itself (start-up, seeding).
        }
        return null;
    }

    private String currentAddress() {
        try {
            return request.isResolvable() ? clientAddress.of(request.get()) : null;
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
