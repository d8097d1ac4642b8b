package no.kongsberg.vekst.events;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.OsloTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data (with `vekst.demo-data`): the programme's recurring events from 2023 to 2027 (Technology
 * Summit, Boligdag and the yearly Vekst-konferansen), marked `demo` and "(demo)" in the name, with a
 * few of the demo partners taking part. Attendance is known only for events that have taken place.
 * Loaded once, into a database that has no events, after the partners' demo data.
 */
@ApplicationScoped
public class EventDemoData {

    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2027;

    /** One of the programme's recurring events, held once a year on the n-th given weekday of a month. */
    private record Recurring(String name, int month, int nth, DayOfWeek weekday, int days, String place, String focusArea,
            String description, int firstAttendees, int attendeesGrowth, List<String> partnerNames) {
        LocalDate dateIn(int year) {
            return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
        }
    }

    private static final List<Recurring> RECURRING = List.of(
            new Recurring("Technology Summit", 10, 2, DayOfWeek.WEDNESDAY, 2, "Kongsberg Teknologipark", "industry",
                    "Teknologibedriftene i Kongsberg viser fram arbeidsplasser og nye løsninger for studenter, "
                            + "gründere og investorer. To dager med foredrag, stands og bedriftsbesøk.",
                    380, 40, List.of("Fjellvik Presisjon AS (demo)", "Kobberverket Engineering AS (demo)",
                            "Numedal Maskin AS (demo)", "Kongsberg Demo Sparebank (demo)")),
            new Recurring("Boligdag", 4, 2, DayOfWeek.SATURDAY, 1, "Kongsberg kulturhus", "residents",
                    "Boligutviklere, meglere og kommunen viser fram nye boligområder og tomter for dem som vurderer "
                            + "å flytte til Kongsberg.",
                    350, 45, List.of("Bolig i Sølvbyen AS (demo)", "Tinnåsen Eiendom AS (demo)",
                            "Velkommen hjem Flyttehjelp AS (demo)")),
            new Recurring("Vekst-konferansen", 2, 1, DayOfWeek.THURSDAY, 1, "Krona, Kongsberg", null,
                    "Den årlige konferansen der Vekst i Kongsberg legger fram status for målene, resultatene fra året "
                            + "som gikk og handlingsplanen for året som kommer.",
                    220, 20, List.of("Kongsberg Demo Sparebank (demo)", "Numedalsporten Hotell AS (demo)",
                            "Lågendalen Handelslag SA (demo)")));

    private final boolean demoData;

    public EventDemoData(@ConfigProperty(name = "vekst.demo-data") boolean demoData) {
        this.demoData = demoData;
    }

    @Transactional
    void load(@Observes @Priority(39) StartupEvent start) {
        if (!demoData || ProgrammeEvent.count() > 0) {
            return;
        }
        LocalDate today = OsloTime.today();
        for (Recurring kind : RECURRING) {
            List<Partner> partners = Partner.list("name in ?1", kind.partnerNames());
            for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                ProgrammeEvent event = new ProgrammeEvent();
                event.id = UUID.randomUUID();
                event.name = kind.name() + " " + year + " (demo)";
                event.date = kind.dateIn(year);
                event.endDate = kind.days() > 1 ? event.date.plusDays(kind.days() - 1L) : null;
                event.place = kind.place();
                event.focusArea = kind.focusArea();
                event.description = kind.description();
                event.attendees = event.date.isBefore(today) ? kind.firstAttendees() + (year - FIRST_YEAR) * kind.attendeesGrowth()
                        : null;
                event.notes = "Demodata: fiktivt arrangement";
                event.demo = true;
                event.partners.addAll(partners);
                event.createdAt = Instant.now();
                event.updatedAt = event.createdAt;
                event.persist();
            }
        }
    }
}
