package no.kongsberg.vekst.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.TreeSet;
import no.kongsberg.vekst.support.Contract;
import no.kongsberg.vekst.support.CoverageRecorder;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last (junit-platform.properties orders classes by @Order): every operation's success
 * status in the contract must have been answered in some test of the suite.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ContractCoverageTest {

    @Test
    void everyOperationsSuccessStatusWasTested() {
        Set<String> seen = CoverageRecorder.seen();
        Set<String> missing = new TreeSet<>();
        for (Contract.Op op : Contract.operations()) {
            for (String status : op.operation().getResponses().keySet()) {
                if (status.startsWith("2") && !seen.contains(op.key() + " " + status)) {
                    missing.add(op.key() + " " + status);
                }
            }
        }
        assertTrue(missing.isEmpty(), "operations whose success was never tested: " + missing);
    }
}
