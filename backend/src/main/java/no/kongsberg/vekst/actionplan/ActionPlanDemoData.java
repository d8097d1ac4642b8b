package no.kongsberg.vekst.actionplan;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (with `vekst.demo-data`): a fictional action plan for last year and this year, titles
 * marked "(demo)", on both axes and in all four focus areas, some of them late, so that the board is
 * not empty on a first `make run`. Loaded once, into a database that has no activities, after the
 * partners' demo data.
 */
@ApplicationScoped
public class ActionPlanDemoData {

    /**
     * years back (0 this year, 1 last year); title ({year} is replaced); axis; focus area; owner;
     * due date as MM-DD (empty: none); status; linked KPIs (comma-separated).
     */
    private static final List<String> ACTIVITIES = List.of(
            "1;Velkommen hjem-kampanje i sosiale medier (demo);communication;residents;Kommunikasjonsgruppen;03-31;done;net-in-migration,visibility-reach",
            "1;Technology Summit {year} (demo);growth-activity;industry;Kongsberg Næringsforum;10-15;done;new-enterprises",
            "1;Boligdag {year} (demo);growth-activity;residents;Kongsberg kommune;04-30;done;population-growth",
            "1;Reiselivsfilm om Sølvbyen (demo);communication;tourism;Reiselivsgruppen;06-30;postponed;guest-nights",
            "1;Julekampanje for handelen i sentrum (demo);communication;retail;Kongsberg Næringsforum;11-30;cancelled;",
            "1;Kartlegging: næringsvennlig kommune (demo);growth-activity;industry;Næringsavdelingen;09-30;in-progress;nho-kommune-nm-rank",
            "0;Vekst-konferansen {year} (demo);growth-activity;industry;Kongsberg Næringsforum;02-05;done;programme-turnover",
            "0;Boligdag {year} (demo);growth-activity;residents;Kongsberg kommune;04-18;done;population-growth,net-in-migration",
            "0;Velkommen hjem: annonser rettet mot utflyttede (demo);communication;residents;Kommunikasjonsgruppen;06-30;in-progress;net-in-migration",
            "0;Sommerkampanje for reiselivet (demo);communication;tourism;Reiselivsgruppen;05-31;done;guest-nights,visibility-reach",
            "0;Nettside for nyetablerere (demo);communication;industry;Næringsavdelingen;09-01;planned;new-enterprises",
            "0;Technology Summit {year} (demo);growth-activity;industry;Kongsberg Næringsforum;10-15;in-progress;new-enterprises",
            "0;Handlekvelder i sentrum (demo);growth-activity;retail;Kongsberg Næringsforum;12-10;planned;",
            "0;Innbyggerundersøkelse om stolthet (demo);communication;residents;Kommunikasjonsgruppen;12-31;planned;resident-pride",
            "0;Felles stand for Kongsbergregionen på rekrutteringsmesse (demo);growth-activity;industry;Kongsbergregionen;;postponed;jobs-growth");

    private final boolean demoData;
    private final EntityManager entityManager;

    public ActionPlanDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData, EntityManager entityManager) {
        this.demoData = demoData;
        this.entityManager = entityManager;
    }

    @Transactional
    void load(@Observes @Priority(38) StartupEvent start) {
        if (!demoData || Activity.count() > 0) {
            return;
        }
        Set<String> kpis = new TreeSet<>(entityManager.createQuery("select key from Kpi", String.class).getResultList());
        int thisYear = Lateness.today().getYear();
        for (String line : ACTIVITIES) {
            String[] f = line.split(";", -1);
            int year = thisYear - Integer.parseInt(f[0]);
            Activity a = new Activity();
            a.id = UUID.randomUUID();
            a.year = year;
            a.title = f[1].replace("{year}", Integer.toString(year));
            a.description = "Demodata: fiktiv aktivitet i handlingsplanen.";
            a.axis = f[2];
            a.focusArea = f[3];
            a.owner = f[4];
            a.dueDate = f[5].isEmpty() ? null : LocalDate.parse(year + "-" + f[5]);
            a.status = f[6];
            Arrays.stream(f[7].split(",")).filter(kpis::contains).forEach(a.kpiKeys::add);
            a.createdAt = Instant.now();
            a.updatedAt = a.createdAt;
            a.persist();
        }
    }
}
