package no.kongsberg.vekst.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every (from, to) pair of statuses against the workflow: one step forward, or cancelled before paid. */
class AgreementsWorkflowTest {

    private static final List<String> ALL = List.of("draft", "sent", "signed", "invoiced", "paid", "cancelled");
    private static final Set<String> ALLOWED = Set.of("draft>sent", "sent>signed", "signed>invoiced", "invoiced>paid",
            "draft>cancelled", "sent>cancelled", "signed>cancelled", "invoiced>cancelled");

    @Test
    void onlyTheWorkflowsMovesAreAllowed() {
        for (String from : ALL) {
            for (String to : ALL) {
                assertEquals(ALLOWED.contains(from + ">" + to), Agreements.mayMove(from, to), from + " → " + to);
            }
        }
    }
}
