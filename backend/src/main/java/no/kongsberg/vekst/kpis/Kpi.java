package no.kongsberg.vekst.kpis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** A programme KPI: its definition and its yearly targets (the programme's single home of targets). */
@Entity
@Table(name = "kpi")
public class Kpi extends PanacheEntityBase {

    public static final String COMPUTED = "computed";
    public static final String MANUAL = "manual";

    @Id
    public String key;

    @Column(name = "name_nb", nullable = false)
    public String nameNb;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_nb", nullable = false)
    public String descriptionNb;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "focus_area")
    public String focusArea;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String direction;

    @Column(name = "baseline_year")
    public Integer baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(nullable = false)
    public String source;

    /** The named formula of a computed KPI (see {@link KpiFormulas}); null for a manual one. */
    public String formula;

    @Column(name = "public", nullable = false)
    public boolean isPublic;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kpi_target", joinColumns = @JoinColumn(name = "kpi_key"))
    @MapKeyColumn(name = "year")
    @Column(name = "value", nullable = false)
    public Map<Integer, BigDecimal> targets = new TreeMap<>();

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean computed() {
        return COMPUTED.equals(source);
    }

    public Double targetFor(int year) {
        BigDecimal target = targets.get(year);
        return target == null ? null : target.doubleValue();
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name.nb", nameNb);
        view.put("name.en", nameEn);
        view.put("description.nb", descriptionNb);
        view.put("description.en", descriptionEn);
        view.put("focusArea", focusArea);
        view.put("unit", unit);
        view.put("direction", direction);
        view.put("baseline.year", baselineYear);
        view.put("baseline.value", baselineValue == null ? null : baselineValue.stripTrailingZeros().toPlainString());
        view.put("public", isPublic);
        new TreeMap<>(targets).forEach((year, value) -> view.put("targets." + year, value.stripTrailingZeros().toPlainString()));
        return view;
    }
}
