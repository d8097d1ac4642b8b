package no.kongsberg.vekst.financing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.Contract;
import no.kongsberg.vekst.support.CoverageRecorder;

/**
 * Calls getFinancing like {@link Api#as}, validated against the contract, but with its {@code allOf}
 * schemas (bySector, byTier) merged before validation. Api's validator adds
 * {@code additionalProperties: false} to each part of an allOf separately, so that no object can
 * match both parts; merged, the object is held to exactly the properties of both parts. Drop this
 * for {@link Api#as} once support/Api.java resolves combinators or the contract inlines those items.
 */
final class FinancingApi {

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Contract.FILE.toUri().toString())
                    .withResolveCombinators(true).build());

    private FinancingApi() {
    }

    static RequestSpecification as(String username) {
        return given().filter(new CoverageRecorder()).filter(STRICT).contentType(ContentType.JSON)
                .accept("application/json, application/problem+json").auth().oauth2(Api.tokenFor(username));
    }
}
