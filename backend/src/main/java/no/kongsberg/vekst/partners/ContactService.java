package no.kongsberg.vekst.partners;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditEntry;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.Validation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A partner's contacts: personal data, kept little. Visible to editors, admins and the partner's own
 * users; exportable on request; erasable, which also clears the personal fields from the audit
 * log's before/after values while keeping the entries.
 */
@ApplicationScoped
public class ContactService {

    private final PartnerAccess access;
    private final AuditService audit;
    private final EntityManager entityManager;
    private final int retentionYears;

    public ContactService(PartnerAccess access, AuditService audit, EntityManager entityManager,
            @ConfigProperty(name = "vekst.partners.contact-retention-years", defaultValue = "3") int retentionYears) {
        this.access = access;
        this.audit = audit;
        this.entityManager = entityManager;
        this.retentionYears = retentionYears;
    }

    public record Details(String name, String role, String email, String phone, String consentNote) {
    }

    public record Export(Instant exportedAt, Partner partner, PartnerContact contact, List<AuditEntry> history) {
    }

    public record DueForErasure(PartnerContact contact, Partner partner) {
    }

    @Transactional
    public List<PartnerContact> list(UUID partnerId) {
        access.visible(partnerId);
        return PartnerContact.list("partnerId", Sort.by("erasedAt").and("name").and("createdAt"), partnerId);
    }

    @Transactional
    public PartnerContact create(UUID partnerId, Details details) {
        access.visible(partnerId);
        check(details);
        PartnerContact contact = new PartnerContact();
        contact.id = UUID.randomUUID();
        contact.partnerId = partnerId;
        contact.createdAt = Instant.now();
        apply(contact, details);
        contact.persist();
        audit.record("create", PartnerContact.AUDIT_ENTITY, contact.id, Changes.created(contact.auditView()));
        return contact;
    }

    @Transactional
    public PartnerContact update(UUID partnerId, UUID contactId, String ifMatch, Details details) {
        PartnerContact contact = get(partnerId, contactId);
        ETags.requireMatch(ifMatch, contact.version);
        if (contact.erasedAt != null) {
            throw ApiProblem.conflict("contact", "erased", "This contact has been erased and cannot be changed; add a new one.");
        }
        check(details);
        Map<String, Object> before = contact.auditView();
        apply(contact, details);
        var changes = Changes.between(before, contact.auditView());
        if (!changes.isEmpty()) {
            audit.record("update", PartnerContact.AUDIT_ENTITY, contact.id, changes);
        }
        contact.persistAndFlush();
        return contact;
    }

    @Transactional
    public Export export(UUID partnerId, UUID contactId) {
        PartnerContact contact = get(partnerId, contactId);
        List<AuditEntry> history = AuditEntry.list("entity = ?1 and entityId = ?2", Sort.by("at").and("id"),
                PartnerContact.AUDIT_ENTITY, contact.id.toString());
        // The export itself is recorded (after reading the history, so it is not part of it).
        audit.record("export", PartnerContact.AUDIT_ENTITY, contact.id, Map.of());
        return new Export(Instant.now(), Partner.findById(partnerId), contact, history);
    }

    /**
     * Clears the personal fields of the contact and of every audit entry about it, and records who
     * erased it. Erasing an erased contact changes nothing.
     */
    @Transactional
    public PartnerContact erase(UUID partnerId, UUID contactId) {
        PartnerContact contact = get(partnerId, contactId);
        if (contact.erasedAt != null) {
            return contact;
        }
        contact.name = null;
        contact.email = null;
        contact.phone = null;
        contact.consentNote = null;
        contact.erasedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        contact.updatedAt = contact.erasedAt;
        contact.persistAndFlush();
        int scrubbed = scrubAuditLog(contact.id);
        audit.record("erase", PartnerContact.AUDIT_ENTITY, contact.id,
                Changes.created(Map.of("erasedAt", contact.erasedAt.toString(), "auditEntriesScrubbed", scrubbed)));
        return contact;
    }

    /** Contacts not yet erased of partners that have been former for longer than the retention time. */
    @Transactional
    public List<DueForErasure> dueForErasure() {
        LocalDate formerBefore = LocalDate.now().minusYears(retentionYears);
        List<Object[]> rows = entityManager.createQuery("select c, p from PartnerContact c, Partner p "
                + "where p.id = c.partnerId and c.erasedAt is null and p.status = 'former' and p.formerSince <= :before "
                + "order by p.formerSince, p.name, c.name", Object[].class)
                .setParameter("before", formerBefore).getResultList();
        return rows.stream().map(r -> new DueForErasure((PartnerContact) r[0], (Partner) r[1])).toList();
    }

    public int retentionYears() {
        return retentionYears;
    }

    /** Sets each personal field's before and after to null in the contact's audit entries. */
    private int scrubAuditLog(UUID contactId) {
        String nulls = String.join(", ", PartnerContact.PERSONAL_FIELDS.stream()
                .map(f -> "'" + f + "', '{\"before\": null, \"after\": null}'::jsonb").toList());
        String keys = String.join(", ", PartnerContact.PERSONAL_FIELDS.stream().map(f -> "'" + f + "'").toList());
        // Only the personal fields an entry recorded are replaced, so the entry keeps its shape. (The
        // functions rather than the ? operators, which JDBC would take for parameters.)
        return entityManager.createNativeQuery("update audit_entry set changes = changes || ("
                + "select coalesce(jsonb_object_agg(k, v), '{}'::jsonb) from jsonb_each(jsonb_build_object(" + nulls + ")) as e(k, v) "
                + "where jsonb_exists(changes, k)) where entity = :entity and entity_id = :id "
                + "and jsonb_exists_any(changes, array[" + keys + "])")
                .setParameter("entity", PartnerContact.AUDIT_ENTITY).setParameter("id", contactId.toString())
                .executeUpdate();
    }

    private PartnerContact get(UUID partnerId, UUID contactId) {
        access.visible(partnerId);
        PartnerContact contact = PartnerContact.findById(contactId);
        if (contact == null || !contact.partnerId.equals(partnerId)) {
            throw ApiProblem.notFound("The partner has no contact with the id " + contactId + ".");
        }
        return contact;
    }

    private static void apply(PartnerContact contact, Details details) {
        contact.name = details.name().trim();
        contact.role = PartnerService.trimToNull(details.role());
        contact.email = PartnerService.trimToNull(details.email());
        contact.phone = PartnerService.trimToNull(details.phone());
        contact.consentNote = PartnerService.trimToNull(details.consentNote());
        contact.updatedAt = Instant.now();
    }

    private static void check(Details d) {
        Validation validation = new Validation();
        validation.check(d.name() != null && !d.name().isBlank(), "name", "required", "The contact's name is required.");
        PartnerService.checkLength(validation, "name", d.name(), 200);
        PartnerService.checkLength(validation, "role", d.role(), 100);
        PartnerService.checkLength(validation, "consentNote", d.consentNote(), 1000);
        validation.check(d.email() == null || d.email().isBlank()
                || d.email().trim().length() <= 254 && d.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "email", "invalid", "An e-mail address like name@example.no.");
        validation.check(d.phone() == null || d.phone().isBlank() || d.phone().trim().matches("\\+?[0-9 ]{5,25}"),
                "phone", "invalid", "A phone number of digits and spaces, optionally starting with +.");
        validation.throwIfAny();
    }
}
