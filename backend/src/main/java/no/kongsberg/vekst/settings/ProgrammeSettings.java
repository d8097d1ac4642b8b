package no.kongsberg.vekst.settings;

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

/** The programme's settings: one row. Later issues move yearly targets into KPIs and take these as defaults. */
@Entity
@Table(name = "programme_settings")
public class ProgrammeSettings extends PanacheEntityBase {

    public static final int THE_ROW = 1;

    @Id
    public Integer id;

    @Column(name = "programme_name", nullable = false)
    public String programmeName;

    @Column(name = "home_municipality", nullable = false)
    public String homeMunicipality;

    @Column(name = "preferred_population_variant", nullable = false)
    public String preferredPopulationVariant;

    @Column(name = "programme_start_year", nullable = false)
    public int programmeStartYear;

    @Column(name = "target_growth_percent", nullable = false, precision = 6, scale = 2)
    public BigDecimal targetGrowthPercent;

    @Column(name = "target_net_in_migration", nullable = false)
    public int targetNetInMigration;

    @Column(name = "target_turnover_nok", nullable = false)
    public long targetTurnoverNok;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("programmeName", programmeName);
        view.put("homeMunicipality", homeMunicipality);
        view.put("preferredPopulationVariant", preferredPopulationVariant);
        view.put("programmeStartYear", programmeStartYear);
        view.put("targets.growthPercent", targetGrowthPercent.doubleValue());
        view.put("targets.netInMigration", targetNetInMigration);
        view.put("targets.turnoverNok", targetTurnoverNok);
        return view;
    }
}
