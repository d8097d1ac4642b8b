package no.kongsberg.vekst.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import no.kongsberg.vekst.support.Api;
import org.junit.jupiter.api.Test;

/**
 * An operation configured as deprecated (the test configuration names GET /api/v1/peer-groups/{key})
 * announces it on every answer, errors included; the others do not.
 */
@QuarkusTest
class DeprecationsTest {

    @Test
    void aDeprecatedOperationAnswersWithDeprecationSunsetAndLink() {
        // 2026-12-01T00:00:00Z is 1796083200 seconds after the epoch.
        String key = Api.as("viewer").get("/api/v1/peer-groups").then().statusCode(200).extract().path("items[0].key");
        Api.as("viewer").get("/api/v1/peer-groups/" + key).then().statusCode(200)
                .header("Deprecation", equalTo("@1796083200"))
                .header("Sunset", equalTo("Fri, 31 Dec 2027 00:00:00 GMT"))
                .header("Link", equalTo("<https://vekst.kongsberg.no/docs/api/CHANGELOG.md>; rel=\"deprecation\"; type=\"text/html\""));
        Api.lenientAs("viewer").get("/api/v1/peer-groups/no-such-group").then().statusCode(404)
                .header("Deprecation", equalTo("@1796083200"));
    }

    @Test
    void otherOperationsAreNotDeprecated() {
        Api.as("viewer").get("/api/v1/peer-groups").then().statusCode(200).header("Deprecation", nullValue())
                .header("Sunset", nullValue());
        // The same path with another method is another operation.
        Api.lenientAs("viewer").put("/api/v1/peer-groups/any-key").then().statusCode(403).header("Deprecation", nullValue());
    }

    @Test
    void aMisconfiguredOperationIsRefusedAtStart() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Deprecations.rule(new Deprecations.Config.Deprecation() {
            public String operation() {
                return "/api/v1/regions";
            }

            public java.time.LocalDate since() {
                return java.time.LocalDate.of(2026, 1, 1);
            }

            public java.time.LocalDate sunset() {
                return java.time.LocalDate.of(2027, 1, 1);
            }

            public java.util.Optional<String> link() {
                return java.util.Optional.empty();
            }
        }));
    }
}
