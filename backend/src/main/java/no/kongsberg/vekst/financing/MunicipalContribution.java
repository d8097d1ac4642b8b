package no.kongsberg.vekst.financing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The municipality's contribution to the programme for one year. */
@Entity
@Table(name = "municipal_contribution")
public class MunicipalContribution extends PanacheEntityBase {

    @Id
    public Integer year;

    @Column(name = "amount_nok", nullable = false)
    public long amountNok;

    public String note;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
