package no.kongsberg.vekst.jobs;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.jobs.industries.Industries;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Demo data (with `vekst.demo-data`): fictional employment and commuting figures for
 * Kongsbergregionen's eight municipalities, 2015–2025, of a plausible size, so that the jobs page
 * has something to show before the real tables are imported. Every row's source says it is demo
 * data, and the figures carry a `demo-data` note. The figures by industry are in SN2007 until 2024
 * and in SN2025 for 2025, as the real ones are. Loaded once, into a database with no employment.
 */
@ApplicationScoped
public class JobsDemoData {

    public static final String SOURCE = "Demodata: fiktive tall for visning, ikke fra SSB";
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;

    /** A member's size in 2015 and its yearly growth; the share who work where they live. */
    private record Place(String code, int jobs, int employedResidents, double growth, double privateShare, double staysHome) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("3303", 15800, 13200, 0.012, 0.74, 0.82), new Place("4005", 6000, 6000, 0.003, 0.66, 0.80),
            new Place("3332", 1500, 1700, 0.002, 0.64, 0.62), new Place("3334", 900, 1400, 0.008, 0.62, 0.55),
            new Place("3336", 550, 700, 0.001, 0.60, 0.58), new Place("3338", 1200, 1200, -0.002, 0.63, 0.78),
            new Place("4024", 500, 800, 0.0, 0.58, 0.57), new Place("4026", 2600, 2700, -0.005, 0.68, 0.84));

    /** SN2007 sections' shares of jobs (Kongsberg has more manufacturing); Q takes what rounding leaves. */
    private static final Map<String, Double> SHARES = new LinkedHashMap<>();

    static {
        String[] sections = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "R", "S"};
        double[] shares = {0.03, 0.005, 0.17, 0.015, 0.01, 0.09, 0.11, 0.04, 0.035, 0.03, 0.01, 0.01, 0.06, 0.04, 0.05, 0.08, 0.015, 0.015};
        for (int i = 0; i < sections.length; i++) {
            SHARES.put(sections[i], shares[i]);
        }
    }

    /** Outside the region: where its residents commute to, and where its in-commuters live. */
    private static final List<String> OUTSIDE = List.of("3301", "0301", "3314", "3305");

    private final boolean demoData;
    private final MunicipalityService municipalities;
    private final EntityManager entityManager;

    public JobsDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData, MunicipalityService municipalities,
            EntityManager entityManager) {
        this.demoData = demoData;
        this.municipalities = municipalities;
        this.entityManager = entityManager;
    }

    @Transactional
    void load(@Observes @Priority(41) StartupEvent start) {
        if (!demoData || ((Number) entityManager.createNativeQuery("SELECT count(*) FROM employment").getSingleResult()).longValue() > 0) {
            return;
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String code : PLACES.stream().map(Place::code).toList()) {
            ids.put(code, municipalities.findByAnyCode(code).map(m -> m.id).orElseThrow());
        }
        for (String code : OUTSIDE) {
            municipalities.findByAnyCode(code).map((Municipality m) -> m.id).ifPresent(id -> ids.put(code, id));
        }
        List<Object[]> employment = new ArrayList<>();
        List<Object[]> flows = new ArrayList<>();
        for (Place place : PLACES) {
            long id = ids.get(place.code());
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                double wiggle = 1 + 0.004 * Math.sin(year * 1.7 + Integer.parseInt(place.code()));
                int jobs = (int) Math.round(place.jobs() * Math.pow(1 + place.growth(), year - FIRST_YEAR) * wiggle);
                int residents = (int) Math.round(place.employedResidents() * Math.pow(1 + place.growth() * 0.8, year - FIRST_YEAR));
                int privateJobs = (int) Math.round(jobs * place.privateShare());
                employment.add(row(id, year, "workplace", "all", "total", "all", jobs));
                employment.add(row(id, year, "workplace", "all", "total", "private", privateJobs));
                employment.add(row(id, year, "workplace", "all", "total", "public", jobs - privateJobs));
                employment.add(row(id, year, "residence", "all", "total", "all", residents));
                String classification = year >= 2025 ? Industries.SN2025 : Industries.SN2007;
                for (Map.Entry<String, Integer> section : sections(place, year, jobs).entrySet()) {
                    employment.add(row(id, year, "workplace", classification, section.getKey(), "all", section.getValue()));
                }
                flows.addAll(commuting(place, id, year, residents, ids));
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (var s = connection.prepareStatement("""
                    INSERT INTO employment (municipality_id, year, basis, classification, industry, ownership, persons, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Object[] r : employment) {
                    for (int i = 0; i < r.length; i++) {
                        s.setObject(i + 1, r[i]);
                    }
                    s.setString(r.length + 1, SOURCE);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (var s = connection.prepareStatement("""
                    INSERT INTO commuting_flow (residence_id, workplace_id, year, persons, source) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (year, residence_id, workplace_id) DO UPDATE SET persons = commuting_flow.persons + EXCLUDED.persons""")) {
                for (Object[] r : flows) {
                    for (int i = 0; i < r.length; i++) {
                        s.setObject(i + 1, r[i]);
                    }
                    s.setString(r.length + 1, SOURCE);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }

    /** How strongly a workplace draws out-commuters: Kongsberg most, the towns outside the region next, the other members least. */
    private static double pull(String workplace) {
        if (workplace.equals("3303")) {
            return 8;
        }
        return OUTSIDE.contains(workplace) ? 3 : 1;
    }

    private static Object[] row(long id, int year, String basis, String classification, String industry, String ownership, int persons) {
        return new Object[] {id, (short) year, basis, classification, industry, ownership, persons};
    }

    /** The year's jobs by section: SN2007 shares, carried to SN2025's letters for 2025 (J split, motor repair to T). */
    private static Map<String, Integer> sections(Place place, int year, int jobs) {
        Map<String, Double> shares = new LinkedHashMap<>(SHARES);
        if (place.code().equals("3303")) {
            shares.put("C", 0.26);
            shares.put("M", 0.09);
        }
        Map<String, Double> classified = new LinkedHashMap<>();
        if (year >= 2025) {
            Map<String, String> renamed = Map.of("K", "L", "L", "M", "M", "N", "N", "O", "O", "P", "P", "Q", "R", "S", "S", "T");
            shares.forEach((section, share) -> {
                switch (section) {
                    case "J" -> {
                        classified.merge("J", share * 0.4, Double::sum);
                        classified.merge("K", share * 0.6, Double::sum);
                    }
                    case "G" -> {
                        classified.merge("G", share * 0.9, Double::sum);
                        classified.merge("T", share * 0.1, Double::sum);
                    }
                    default -> classified.merge(renamed.getOrDefault(section, section), share, Double::sum);
                }
            });
        } else {
            classified.putAll(shares);
        }
        Map<String, Integer> persons = new LinkedHashMap<>();
        int assigned = 0;
        for (Map.Entry<String, Double> e : classified.entrySet()) {
            int value = (int) Math.round(jobs * e.getValue());
            persons.put(e.getKey(), value);
            assigned += value;
        }
        // Health and social work (Q in SN2007, R in SN2025) takes the rest.
        persons.put(year >= 2025 ? "R" : "Q", jobs - assigned);
        return persons;
    }

    /** Where the place's employed residents work: most at home, the rest in Kongsberg, the other members and outside. */
    private static List<Object[]> commuting(Place place, long id, int year, int residents, Map<String, Long> ids) {
        List<Object[]> flows = new ArrayList<>();
        int home = (int) Math.round(residents * place.staysHome());
        flows.add(new Object[] {id, id, (short) year, home});
        int away = residents - home;
        List<String> destinations = new ArrayList<>(ids.keySet());
        destinations.remove(place.code());
        double[] weights = destinations.stream().mapToDouble(JobsDemoData::pull).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        int assigned = 0;
        for (int i = 0; i < destinations.size(); i++) {
            int persons = i == destinations.size() - 1 ? away - assigned : (int) Math.round(away * weights[i] / total);
            assigned += persons;
            flows.add(new Object[] {id, ids.get(destinations.get(i)), (short) year, Math.max(persons, 0)});
        }
        if (place.code().equals("3303")) {
            // In-commuters from outside the region to Kongsberg.
            int[] inbound = {900, 300, 700, 150};
            for (int i = 0; i < OUTSIDE.size(); i++) {
                Long from = ids.get(OUTSIDE.get(i));
                if (from != null) {
                    flows.add(new Object[] {from, id, (short) year, inbound[i] + 15 * (year - FIRST_YEAR)});
                }
            }
        }
        return flows;
    }
}
