package no.kongsberg.vekst.jobs.openings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.partners.Partner;

/** A job opening: posted by staff or a partner user, or one ad of the public job feed. */
@Entity
@Table(name = "job_opening")
public class JobOpening extends PanacheEntityBase {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";
    public static final String WITHDRAWN = "withdrawn";
    public static final String EXPIRED = "expired";
    /** The statuses a person may set; `expired` is the system's. */
    public static final List<String> SETTABLE_STATUSES = List.of(DRAFT, PUBLISHED, WITHDRAWN);
    public static final List<String> STATUSES = List.of(DRAFT, PUBLISHED, WITHDRAWN, EXPIRED);

    public static final String MANUAL = "manual";
    public static final String PARTNER = "partner";
    public static final String JOB_FEED = "job-feed";
    public static final List<String> SOURCES = List.of(MANUAL, PARTNER, JOB_FEED);

    public static final List<String> EMPLOYMENT_TYPES = List.of("permanent", "temporary", "seasonal", "apprenticeship",
            "trainee", "other");

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(name = "employer_name", nullable = false)
    public String employerName;

    @Column(name = "employer_org_number")
    public String employerOrgNumber;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "partner_id")
    public Partner partner;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public String address;

    @Column(name = "postal_code")
    public String postalCode;

    public String city;

    public String category;

    @Column(name = "employment_type")
    public String employmentType;

    @Column(nullable = false)
    public int positions = 1;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "application_deadline", nullable = false)
    public LocalDate applicationDeadline;

    public String link;

    public String description;

    @Column(nullable = false)
    public String source;

    @Column(name = "source_id")
    public String sourceId;

    @Column(nullable = false)
    public String status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "import_run_id")
    public UUID importRunId;

    @Column(nullable = false)
    public boolean demo;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The status as of {@code today}: published past the deadline is expired, stored so or not yet. */
    public String statusOn(LocalDate today) {
        return PUBLISHED.equals(status) && applicationDeadline.isBefore(today) ? EXPIRED : status;
    }

    public boolean fromFeed() {
        return JOB_FEED.equals(source);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("title", title);
        view.put("employerName", employerName);
        view.put("employerOrganisationNumber", employerOrgNumber);
        view.put("municipality", municipality.code);
        view.put("address", address);
        view.put("postalCode", postalCode);
        view.put("city", city);
        view.put("category", category);
        view.put("employmentType", employmentType);
        view.put("positions", positions);
        view.put("startDate", startDate == null ? null : startDate.toString());
        view.put("applicationDeadline", applicationDeadline.toString());
        view.put("link", link);
        view.put("description", description);
        view.put("status", status);
        return view;
    }
}
