package no.kongsberg.vekst.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A business (or public body) that finances the programme, or may: status prospect, active or former. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    /** The focus areas, plus public and other. */
    public static final List<String> SECTORS = java.util.stream.Stream.concat(
            no.kongsberg.vekst.platform.FocusAreas.ALL.stream(), java.util.stream.Stream.of("public", "other")).toList();
    public static final List<String> SIZE_BANDS = List.of("micro", "small", "medium", "large");
    public static final List<String> STATUSES = List.of("prospect", "active", "former");
    public static final String ACTIVE = "active";
    public static final String FORMER = "former";

    @Id
    public UUID id;

    @Column(name = "organisation_number", nullable = false, unique = true, columnDefinition = "bpchar(9)")
    public String organisationNumber;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sector;

    @Column(name = "size_band")
    public String sizeBand;

    public String address;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "postal_place")
    public String postalPlace;

    @Column(name = "municipality_code")
    public String municipality;

    public String website;

    @Column(name = "logo_url")
    public String logoUrl;

    @Column(nullable = false)
    public String status;

    @Column(name = "former_since")
    public LocalDate formerSince;

    @Column(name = "public_listing_consent", nullable = false)
    public boolean publicListingConsent;

    @Column(name = "public_listing_consent_date")
    public LocalDate publicListingConsentDate;

    public String notes;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What the audit log records of a partner (an organisation: no personal data). */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("organisationNumber", organisationNumber);
        view.put("name", name);
        view.put("sector", sector);
        view.put("sizeBand", sizeBand);
        view.put("address", address);
        view.put("postalCode", postalCode);
        view.put("postalPlace", postalPlace);
        view.put("municipality", municipality);
        view.put("website", website);
        view.put("logoUrl", logoUrl);
        view.put("status", status);
        view.put("formerSince", formerSince == null ? null : formerSince.toString());
        view.put("publicListingConsent", publicListingConsent);
        view.put("publicListingConsentDate", publicListingConsentDate == null ? null : publicListingConsentDate.toString());
        view.put("notes", notes);
        return view;
    }
}
