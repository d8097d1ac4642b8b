package no.kongsberg.vekst.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A partnership level with its band of yearly contribution (cash + in-kind), within NOK 15,000–200,000. */
@Entity
@Table(name = "partner_tier")
public class PartnerTier extends PanacheEntityBase {

    public static final long LOWEST_NOK = 15_000;
    public static final long HIGHEST_NOK = 200_000;

    @Id
    public String key;

    @Column(nullable = false)
    public String name;

    @Column(name = "min_nok", nullable = false)
    public long minNok;

    @Column(name = "max_nok", nullable = false)
    public long maxNok;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean admits(long totalNok) {
        return totalNok >= minNok && totalNok <= maxNok;
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("minNok", minNok);
        view.put("maxNok", maxNok);
        return view;
    }
}
