package no.kongsberg.vekst.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Registers the suite's database and keys for every @QuarkusTest: one boot for the whole suite. */
@WithTestResource(value = VekstTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestSuiteSetup {

    private TestSuiteSetup() {
    }
}
