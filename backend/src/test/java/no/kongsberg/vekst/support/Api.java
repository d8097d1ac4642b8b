package no.kongsberg.vekst.support;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How tests call the API: real HTTP (REST Assured), every response validated against the
 * contract. {@link #as} also validates the request (positive tests); {@link #lenient} does not, for
 * tests that send bad requests on purpose.
 */
public final class Api {

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Contract.FILE.toUri().toString()).build());
    private static final OpenApiValidationFilter LENIENT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(Contract.FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());
    private static final CoverageRecorder COVERAGE = new CoverageRecorder();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** Passwords of the users the suite signs in as: the admin from the test config and the demo users. */
    public static final Map<String, String> PASSWORDS = Map.of(
            "admin", VekstTestResource.ADMIN_PASSWORD,
            "editor", "demo-editor",
            "viewer", "demo-viewer",
            "partner", "demo-partner");

    private Api() {
    }

    /** Anonymous, request and response validated. */
    public static RequestSpecification anonymous() {
        return given().filter(COVERAGE).filter(STRICT).contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    /** Signed in as a demo user (admin, editor, viewer, partner), request and response validated. */
    public static RequestSpecification as(String username) {
        return anonymous().auth().oauth2(tokenFor(username));
    }

    /** With a given token, request and response validated. */
    public static RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** Anonymous, only the response validated: for deliberately bad requests. */
    public static RequestSpecification lenient() {
        return given().filter(COVERAGE).filter(LENIENT).contentType(ContentType.JSON).accept("application/json, application/problem+json");
    }

    public static RequestSpecification lenientAs(String username) {
        return lenient().auth().oauth2(tokenFor(username));
    }

    public static RequestSpecification lenientWithToken(String token) {
        return lenient().auth().oauth2(token);
    }

    public static String tokenFor(String username) {
        return TOKENS.computeIfAbsent(username, name -> signIn(name, PASSWORDS.get(name)));
    }

    public static String signIn(String username, String password) {
        return anonymous().body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }
}
