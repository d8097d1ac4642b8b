package no.kongsberg.vekst.kpis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A manual KPI's value for a year, as an editor entered it, with a comment and its evidence. */
@Entity
@Table(name = "kpi_value")
public class KpiValue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "kpi_key", nullable = false)
    public String kpiKey;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public BigDecimal value;

    @Column(nullable = false)
    public String comment;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kpi", kpiKey);
        view.put("period", period);
        view.put("value", value.stripTrailingZeros().toPlainString());
        view.put("comment", comment);
        view.put("evidenceUrl", evidenceUrl);
        return view;
    }
}
