package no.kongsberg.vekst.population;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.kongsberg.vekst.municipalities.Municipality;

/** A doubtful population value, flagged by an import for an editor to accept or correct. */
@Entity
@Table(name = "population_flag")
public class PopulationFlag extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String ACCEPTED = "accepted";
    public static final String CORRECTED = "corrected";

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false)
    public String variant;

    /** `stock` or `flow`. */
    @Column(nullable = false)
    public String kind;

    /** The stock's date or the flow's period. */
    @Column(nullable = false)
    public String at;

    @Column(nullable = false)
    public String field;

    public Integer value;

    @Column(nullable = false)
    public String rule;

    @Column(nullable = false)
    public String detail;

    public Integer adjustment;

    @Column(nullable = false)
    public String status;

    public String comment;

    @Column(name = "import_run_id")
    public UUID importRunId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
