package no.kongsberg.vekst.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A partner's agreement for one year: cash and/or in-kind, moving draft → sent → signed → invoiced → paid, or cancelled. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    public Partner partner;

    @Column(nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "tier_key")
    public PartnerTier tier;

    @Column(name = "cash_nok", nullable = false)
    public long cashNok;

    @Column(name = "in_kind_nok", nullable = false)
    public long inKindNok;

    @Column(name = "in_kind_description")
    public String inKindDescription;

    public String benefits;

    @Column(nullable = false)
    public String status;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "invoice_reference")
    public String invoiceReference;

    @Column(name = "band_override_reason")
    public String bandOverrideReason;

    @Column(name = "band_override_by")
    public String bandOverrideBy;

    @Column(name = "band_override_at")
    public Instant bandOverrideAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_step", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("at")
    public List<AgreementStep> steps = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public long totalNok() {
        return cashNok + inKindNok;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("partnerId", partner.id.toString());
        view.put("year", year);
        view.put("tier", tier.key);
        view.put("cashNok", cashNok);
        view.put("inKindNok", inKindNok);
        view.put("inKindDescription", inKindDescription);
        view.put("benefits", benefits);
        view.put("status", status);
        view.put("cancelReason", cancelReason);
        view.put("invoiceReference", invoiceReference);
        view.put("bandOverrideReason", bandOverrideReason);
        return view;
    }
}
