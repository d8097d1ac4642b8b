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
 * Kongsbergregionen's members (seed/municipality-codes.csv) and the region itself on the first
 * start, and the first peer group. Reference data, not demo data: production gets it too.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    public static final String KONGSBERGREGIONEN = "kongsbergregionen";
    static final List<String> KONGSBERGREGIONEN_MEMBERS = List.of("3303", "3332", "3334", "3336", "3338", "4005", "4024", "4026");

    /** The peer group seeded on the first start: the 2025 host-municipality award nominees (NHO and KS). */
    public static final String HOST_AWARD_PEERS = "host-award-2025";
    /** Sigdal, Sykkylven, Tinn, Asker, Kongsvinger, Drammen. */
    static final List<String> HOST_AWARD_PEER_MEMBERS = List.of("3332", "1528", "4026", "3203", "3401", "3301");

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

    /**
     * Seeds the host-award peer group on a start with no peer group that none was ever audited
     * for: so an existing database gets it too, and a group an admin deleted stays deleted.
     */
    @Transactional
    void seedPeerGroup(@Observes @Priority(11) StartupEvent start) {
        if (PeerGroup.count() > 0 || no.kongsberg.vekst.audit.AuditEntry.count("entity", "peer-group") > 0) {
            return;
        }
        PeerGroup peers = new PeerGroup();
        peers.key = HOST_AWARD_PEERS;
        peers.name = "Nominert til vertskommuneprisen 2025";
        peers.description = "De seks kommunene NHO og KS nominerte til vertskommuneprisen for 2025.";
        for (String code : HOST_AWARD_PEER_MEMBERS) {
            peers.members.add(Municipality.find("code", code).firstResult());
        }
        peers.updatedAt = java.time.Instant.now();
        peers.persist();
        LOG.infof("Seeded the peer group %s", peers.key);
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
