package no.kongsberg.vekst.municipalities;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.SeedFiles;
import org.jboss.logging.Logger;

/**
 * Loads the municipalities of 2024 (seed/municipalities-2024.csv), the former codes of
 * Kongsbergregionen's members (seed/municipality-codes.csv) and the region itself, on the first
 * start. Reference data, not demo data: production gets it too.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    public static final String KONGSBERGREGIONEN = "kongsbergregionen";
    static final List<String> KONGSBERGREGIONEN_MEMBERS = List.of("3303", "3332", "3334", "3336", "3338", "4005", "4024", "4026");

    @Transactional
    void load(@Observes @Priority(10) StartupEvent start) {
        if (Municipality.count() > 0) {
            return;
        }
        for (Map<String, String> row : SeedFiles.read("municipalities-2024.csv")) {
            Municipality m = new Municipality();
            m.code = row.get("code");
            m.name = row.get("name");
            m.countyCode = row.get("countyCode");
            m.county = row.get("county");
            m.persist();
        }
        for (Map<String, String> row : SeedFiles.read("municipality-codes.csv")) {
            Municipality m = Municipality.find("code", row.get("currentCode")).firstResult();
            MunicipalityCodePeriod period = new MunicipalityCodePeriod();
            period.municipality = m;
            period.code = row.get("code");
            period.validFrom = date(row.get("validFrom"));
            period.validTo = date(row.get("validTo"));
            period.persist();
            m.codes.add(period);
        }
        // Every other municipality: its current code, with no known history.
        for (Municipality m : Municipality.<Municipality>listAll()) {
            if (m.codes.isEmpty() && MunicipalityCodePeriod.count("municipality", m) == 0) {
                MunicipalityCodePeriod period = new MunicipalityCodePeriod();
                period.municipality = m;
                period.code = m.code;
                period.persist();
            }
        }
        Region region = new Region();
        region.key = KONGSBERGREGIONEN;
        region.name = "Kongsbergregionen";
        for (String code : KONGSBERGREGIONEN_MEMBERS) {
            region.members.add(Municipality.find("code", code).firstResult());
        }
        region.persist();
        LOG.infof("Loaded %d municipalities and the region Kongsbergregionen", Municipality.count());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
