package no.kongsberg.vekst.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The programme's settings: one row. Its targets live with the KPIs (see {@link ProgrammeTargets}). */
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
        return view;
    }
}
