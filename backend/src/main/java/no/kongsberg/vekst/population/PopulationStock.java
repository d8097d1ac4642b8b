package no.kongsberg.vekst.population;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.kongsberg.vekst.municipalities.Municipality;

/** A municipality's population on a date, in one variant (official or corrected), with its source. */
@Entity
@Table(name = "population_stock")
public class PopulationStock extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String variant;

    /** Null when missing; then {@link #missing} holds Statistics Norway's reason. */
    public Integer population;

    public String missing;

    @Column(nullable = false)
    public String source;

    @Column(name = "import_run_id")
    public java.util.UUID importRunId;

    public String note;

    @Column(name = "updated_at", nullable = false)
    public java.time.Instant updatedAt;
}
