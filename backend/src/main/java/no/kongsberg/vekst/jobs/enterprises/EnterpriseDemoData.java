package no.kongsberg.vekst.jobs.enterprises;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.platform.OrganisationNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Demo data (with `vekst.demo-data`): about 300 clearly fictional units of the register (invented
 * names ending " (demo)", organisation numbers valid by their check digit only, from 99900000),
 * registered 2019–2025 in Kongsberg (half of them) and the other members of Kongsbergregionen,
 * some of them deleted since. Drawn from a fixed seed, so every start gives the same units. Loaded
 * once, into a database that has no units at all.
 */
@ApplicationScoped
public class EnterpriseDemoData {

    static final String SOURCE = "Demodata: fiktive enheter";
    private static final int UNITS = 300;
    private static final List<String> OTHERS = List.of("3332", "3334", "3336", "3338", "4005", "4024", "4026");
    private static final List<String> FIRST = List.of("Sølvbyen", "Lågen", "Numedal", "Jonsknuten", "Kobberberg", "Gruvedalen",
            "Labro", "Heistad", "Knutefjell", "Meheia", "Skrubbmoen", "Blefjell", "Tinnsjø", "Veggli", "Dagali", "Pikerfoss");
    private static final List<String> SECOND = List.of("Data", "Bygg", "Rør", "Maskin", "Regnskap", "Kafé", "Eiendom", "Klinikk",
            "Transport", "Design", "Sveis", "Handel", "Frisør", "Energi", "Rådgivning", "Elektro");
    /** SN2025 codes (the register's standard since 2025), one a line of business. */
    private static final List<String> NACE = List.of("62.100", "43.220", "41.000", "47.110", "56.101", "68.209", "86.211", "25.620",
            "71.121", "70.220", "49.410", "96.210", "43.210", "30.300", "85.599", "55.101");

    private final boolean demoData;
    private final EntityManager entityManager;

    public EnterpriseDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData, EntityManager entityManager) {
        this.demoData = demoData;
        this.entityManager = entityManager;
    }

    void onStart(@Observes @Priority(42) StartupEvent start) {
        if (demoData) {
            load();
        }
    }

    /** Inserts the demo units when no unit is stored; returns how many it inserted. */
    @Transactional
    public int load() {
        Number stored = (Number) entityManager.createNativeQuery("SELECT count(*) FROM enterprise_unit").getSingleResult();
        if (stored.longValue() > 0) {
            return 0;
        }
        Random random = new Random(20_191_001L);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        int inserted = 0;
        int base = 99_900_000;
        for (int i = 0; i < UNITS; i++) {
            int check;
            while ((check = OrganisationNumbers.checkDigit(String.valueOf(base))) < 0) {
                base++;
            }
            String number = base + String.valueOf(check);
            base++;
            String code = i % 2 == 0 ? "3303" : OTHERS.get(random.nextInt(OTHERS.size()));
            Municipality municipality = Municipality.find("code", code).firstResult();
            LocalDate registered = LocalDate.of(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (registered.isAfter(today)) {
                registered = today;
            }
            int kind = random.nextInt(100);
            String form = kind < 55 ? "AS" : kind < 90 ? "ENK" : kind < 94 ? "NUF" : kind < 96 ? "SA" : "FLI";
            String nace = form.equals("FLI") ? null : NACE.get(random.nextInt(NACE.size()));
            String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()))
                    + (form.equals("ENK") ? "" : " " + form) + " (demo)";
            Integer employees = null;
            if (!form.equals("ENK")) {
                employees = random.nextInt(form.equals("AS") ? 40 : 5);
            }
            LocalDate deleted = null;
            if (random.nextInt(100) < 18) {
                LocalDate end = registered.plusDays(200 + random.nextInt(1400));
                deleted = end.isAfter(today) ? null : end;
            }
            Object[] values = {number, name, form, registered, registered.minusDays(random.nextInt(40)), nace, NaceSections.SN2025,
                NaceSections.ofCode(NaceSections.SN2025, nace).orElse(null), code, municipality == null ? null : municipality.id,
                employees, deleted, SOURCE};
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement s = connection.prepareStatement("""
                        INSERT INTO enterprise_unit (organisation_number, name, organisation_form, registered_on, founded_on, nace_code,
                            classification, section, municipality_code, municipality_id, employees, deleted_on, source, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
                    int[] types = {Types.CHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.DATE, Types.VARCHAR};
                    for (int v = 0; v < values.length; v++) {
                        if (values[v] == null) {
                            s.setNull(v + 1, types[v]);
                        } else {
                            s.setObject(v + 1, values[v]);
                        }
                    }
                    s.executeUpdate();
                }
            });
            inserted++;
        }
        return inserted;
    }
}
