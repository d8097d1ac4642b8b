package no.kongsberg.vekst.population;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.kongsberg.vekst.municipalities.Municipality;

/**
 * One component of population change over a period (`2024` or `2024-Q3`): births, deaths,
 * migration, growth, or the `adjustment` an import computed. Missing values keep their reason.
 */
@Entity
@Table(name = "population_flow")
@IdClass(PopulationFlow.Key.class)
public class PopulationFlow extends PanacheEntityBase {

    /** The natural key: municipality, period, variant and field. */
    public record Key(Municipality municipality, String period, String variant, String field) implements java.io.Serializable {
        public Key() {
            this(null, null, null, null);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Id
    @Column(nullable = false)
    public String period;

    @Id
    @Column(nullable = false)
    public String variant;

    @Id
    @Column(nullable = false)
    public String field;

    public Integer value;

    public String missing;

    @Column(nullable = false)
    public String source;

    @Column(name = "import_run_id")
    public UUID importRunId;

    public String note;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
