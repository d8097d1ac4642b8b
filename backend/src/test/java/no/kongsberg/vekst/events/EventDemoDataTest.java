package no.kongsberg.vekst.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The demo events load once: a restart (the start-up observer again) adds nothing. */
@QuarkusTest
class EventDemoDataTest {

    @Inject
    EventDemoData demoData;

    @Test
    void loadingAgainAddsNothing() {
        long demoEvents = ProgrammeEvent.count("demo", true);
        assertEquals(15, demoEvents);
        demoData.load(null);
        assertEquals(demoEvents, ProgrammeEvent.count("demo", true));
    }
}
