package no.kongsberg.vekst.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A person at a partner. Personal data: never public, never logged, exportable and erasable. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact extends PanacheEntityBase {

    /** The audit entity name of contacts. */
    public static final String AUDIT_ENTITY = "partner-contact";
    /** The fields erasure clears, in the record and in the audit log. */
    public static final List<String> PERSONAL_FIELDS = List.of("name", "email", "phone", "consentNote");

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    public String name;

    public String role;

    public String email;

    public String phone;

    @Column(name = "consent_note")
    public String consentNote;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("partnerId", partnerId.toString());
        view.put("name", name);
        view.put("role", role);
        view.put("email", email);
        view.put("phone", phone);
        view.put("consentNote", consentNote);
        return view;
    }
}
