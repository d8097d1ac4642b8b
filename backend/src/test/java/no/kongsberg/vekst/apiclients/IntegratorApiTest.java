package no.kongsberg.vekst.apiclients;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.kongsberg.vekst.campaigns.CampaignFixtures;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ApiClients;
import no.kongsberg.vekst.support.Contract;
import no.kongsberg.vekst.support.FreshOrganisationNumbers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What an API client may do, walked over every operation whose x-roles include `integrator`: the
 * scope the contract names is the one enforced, and no answer carries personal data, even where the
 * data the operation reads has plenty.
 */
@QuarkusTest
class IntegratorApiTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Europe/Oslo")).getYear();
    /** A string that appears in every piece of personal data seeded below, and nowhere else. */
    private static final String MARK = "pii" + UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> IDS = new HashMap<>();

    /** Seeds once, on first use: REST Assured knows the test server's port only once a test runs. */
    private static synchronized void seedPersonalData() {
        if (!IDS.isEmpty()) {
            return;
        }
        Map<String, Object> partner = new HashMap<>();
        partner.put("organisationNumber", FreshOrganisationNumbers.from(50_000_000));
        partner.put("name", "Listet Partner " + UUID.randomUUID().toString().substring(0, 6));
        partner.put("sector", "industry");
        partner.put("status", "active");
        partner.put("publicListingConsent", true);
        partner.put("municipality", "3303");
        partner.put("notes", "Ring " + MARK + " Hansen om avtalen");
        String partnerId = Api.as("editor").body(partner).post("/api/v1/partners").then().statusCode(201).extract().path("id");
        IDS.put("partners", partnerId);
        Api.as("editor").body(Map.of("name", MARK + " Kontaktperson", "role", "Daglig leder", "email", MARK + "@example.no",
                "phone", "+47 913 57 924", "consentNote", "Agreed by e-mail")).post("/api/v1/partners/" + partnerId + "/contacts")
                .then().statusCode(201);

        String plain = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> campaign = CampaignFixtures.campaign("Kampanje " + plain, "c-" + plain,
                YEAR + "-01-01", YEAR + "-12-31");
        campaign.put("owner", MARK + " Kampanjeeier");
        IDS.put("campaigns", CampaignFixtures.create(campaign));

        Map<String, Object> activity = new HashMap<>();
        activity.put("title", "Aktivitet " + plain);
        activity.put("axis", "communication");
        activity.put("focusArea", "residents");
        activity.put("owner", MARK + " Aktivitetseier");
        activity.put("dueDate", YEAR + "-10-01");
        activity.put("status", "planned");
        activity.put("kpiKeys", List.of());
        IDS.put("activities", Api.as("editor").body(activity).post("/api/v1/action-plan/" + YEAR + "/activities").then()
                .statusCode(201).extract().path("id"));

        Map<String, Object> event = new HashMap<>();
        event.put("name", "Arrangement " + plain);
        event.put("date", YEAR + "-06-01");
        event.put("place", "Kongsberg kulturhus");
        event.put("focusArea", "residents");
        event.put("partnerIds", List.of(partnerId));
        event.put("notes", "Spør " + MARK + " Olsen om lokalet");
        IDS.put("events", Api.as("editor").body(event).post("/api/v1/events").then().statusCode(201).extract().path("id"));

        // A KPI value entered by a user whose username carries the mark: enteredBy names a person.
        String username = MARK + ".bruker";
        Api.as("admin").body(Map.of("username", username, "displayName", MARK + " Bruker", "password", "a-long-enough-secret",
                "roles", List.of("editor"))).post("/api/v1/users").then().statusCode(201);
        String key = "kpi-" + plain;
        Map<String, Object> kpi = new HashMap<>();
        kpi.put("key", key);
        kpi.put("name", Map.of("nb", "Testmål", "en", "Test KPI"));
        kpi.put("description", Map.of("nb", "Til test.", "en", "For tests."));
        kpi.put("focusArea", "residents");
        kpi.put("unit", "count");
        kpi.put("direction", "higher-is-better");
        kpi.put("baseline", null);
        kpi.put("public", false);
        Api.as("admin").body(kpi).post("/api/v1/kpis").then().statusCode(201);
        Api.withToken(Api.signIn(username, "a-long-enough-secret")).body(Map.of("period", Integer.toString(YEAR - 1), "value", 12,
                "comment", "Målt.")).post("/api/v1/kpis/" + key + "/values").then().statusCode(201);
        IDS.put("kpis", key);
    }

    @TestFactory
    Stream<DynamicTest> noAnswerToAnIntegratorCarriesPersonalData() {
        seedPersonalData();
        String token = ApiClients.tokenWithScopes(ApiClients.ALL_SCOPES);
        // The staff see the seeded personal data on the same reads, so the walk could find it.
        assertTrue(Api.as("editor").get(concrete(op("getCampaign"))).asString().contains(MARK));
        assertTrue(Api.as("editor").get(concrete(op("listKpiValues"))).asString().contains(MARK));
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract.Op op : integratorOperations()) {
            tests.add(DynamicTest.dynamicTest(op.operationId(), () -> {
                Response answer = call(op, Api.withToken(token));
                assertAnswered(op, answer);
                String body = answer.asString().toLowerCase(Locale.ROOT);
                assertFalse(body.contains(MARK), op.key() + " shows personal data to an integrator");
                assertFalse(body.replaceAll("[^0-9]", "").contains("4791357924"), op.key() + " shows a contact's phone");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> eachOperationNeedsTheScopeTheContractNames() {
        seedPersonalData();
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract.Op op : integratorOperations()) {
            String scope = scopeOf(op);
            List<String> others = ApiClients.ALL_SCOPES.stream().filter(s -> !s.equals(scope)).toList();
            tests.add(DynamicTest.dynamicTest(op.operationId() + " needs " + scope, () -> {
                Response without = call(op, Api.lenientWithToken(ApiClients.tokenWithScopes(others)));
                assertEquals(403, without.statusCode(), op.key() + " without " + scope);
                assertEquals("insufficient-scope", without.path("code"));
                assertAnswered(op, call(op, Api.withToken(ApiClients.tokenWithScopes(List.of(scope)))));
            }));
        }
        return tests.stream();
    }

    @Test
    void integratorsSeeOnlyThePartnersListedPubliclyAndNeverTheirContacts() {
        seedPersonalData();
        String token = ApiClients.tokenWithScopes(List.of("read:partners-public"));
        Map<String, Object> unlisted = new HashMap<>();
        unlisted.put("organisationNumber", FreshOrganisationNumbers.from(50_000_000));
        unlisted.put("name", "Ulistet Partner " + MARK);
        unlisted.put("sector", "retail");
        unlisted.put("status", "active");
        unlisted.put("publicListingConsent", false);
        String id = Api.as("editor").body(unlisted).post("/api/v1/partners").then().statusCode(201).extract().path("id");
        Api.lenientWithToken(token).get("/api/v1/partners/" + id).then().statusCode(404);
        Api.withToken(token).queryParam("size", 500).get("/api/v1/partners").then().statusCode(200)
                .body("items.id", not(hasItem(id))).body("items.id", hasItem(IDS.get("partners")))
                .body("items.publicListingConsent", not(hasItem(false)));
        Api.withToken(token).get("/api/v1/partners/" + IDS.get("partners")).then().statusCode(200)
                .body("notes", equalTo(null));
        Api.lenientWithToken(token).get("/api/v1/partners/" + IDS.get("partners") + "/contacts").then().statusCode(403);
    }

    @Test
    void aClientHasItsOwnRateLimitWhicheverAddressItCallsFrom() {
        ApiClients.Client client = ApiClients.create(List.of("read:statistics"));
        String token = ApiClients.token(client);
        int allowed = 0;
        Response refused = null;
        // The test configuration allows 400 a minute; the loopback address is exempt from the
        // address limits, so only the client's own limit can refuse.
        for (int i = 0; i < 700 && refused == null; i++) {
            Response answer = Api.lenientWithToken(token).get("/api/v1/regions");
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertEquals(200, answer.statusCode());
                allowed++;
            }
        }
        assertTrue(refused != null, "no 429 after " + allowed + " calls");
        assertTrue(allowed >= 400 && allowed < 600, "refused after " + allowed + " calls");
        assertEquals("rate-limited", refused.path("code"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        // Another client is not affected.
        Api.withToken(ApiClients.tokenWithScopes(List.of("read:statistics"))).get("/api/v1/regions").then().statusCode(200);
        assertEquals(1, (int) Api.as("admin").get("/api/v1/api-clients/" + client.id() + "/usage").then().statusCode(200)
                .extract().path("totalRefused"));
    }

    /**
     * 200, or the analysis's 422 when the test data are too few for its fit (the national data set
     * is not loaded in tests): an answer with content either way, never a refusal.
     */
    private static void assertAnswered(Contract.Op op, Response answer) {
        boolean analysisWithTooLittleData = answer.statusCode() == 422 && "too-few-municipalities".equals(answer.path("code"));
        assertTrue(answer.statusCode() == 200 || analysisWithTooLittleData, op.key() + ": " + answer.asString());
    }

    private static List<Contract.Op> integratorOperations() {
        List<Contract.Op> ops = Contract.operations().stream().filter(op -> op.roles().contains("integrator")).toList();
        assertFalse(ops.isEmpty());
        return ops;
    }

    private static Contract.Op op(String operationId) {
        return Contract.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElseThrow();
    }

    /** The scope in the operation's `security`: the one of `clientCredentials`. */
    private static String scopeOf(Contract.Op op) {
        for (SecurityRequirement requirement : op.operation().getSecurity()) {
            List<String> scopes = requirement.get("clientCredentials");
            if (scopes != null) {
                assertEquals(1, scopes.size(), op.key());
                return scopes.get(0);
            }
        }
        throw new AssertionError(op.key() + " lists integrator but names no clientCredentials scope");
    }

    private static Response call(Contract.Op op, io.restassured.specification.RequestSpecification request) {
        for (Parameter p : parameters(op)) {
            // A comparison needs a region (or a peer group); elsewhere only the required parameters.
            boolean comparisonRegion = op.path().endsWith("/comparison") && p.getName().equals("region");
            if ("query".equals(p.getIn()) && (Boolean.TRUE.equals(p.getRequired()) || comparisonRegion)) {
                request = request.queryParam(p.getName(), p.getExample());
            }
        }
        return request.get(concrete(op));
    }

    /**
     * The path with the seeded records where it names a record (the first path segment tells which
     * kind), the current year for the action plan, and the contract's examples otherwise.
     */
    private static String concrete(Contract.Op op) {
        String path = op.path();
        for (Parameter p : parameters(op)) {
            if (!"path".equals(p.getIn())) {
                continue;
            }
            String value;
            if (p.getName().equals("year")) {
                value = Integer.toString(YEAR);
            } else if (IDS.containsKey(kindBefore(path, p.getName()))) {
                value = IDS.get(kindBefore(path, p.getName()));
            } else {
                value = String.valueOf(p.getExample());
            }
            path = path.replace("{" + p.getName() + "}", value);
        }
        return path;
    }

    /** The path segment before the parameter: `activities` for `/action-plan/{year}/activities/{id}`. */
    private static String kindBefore(String path, String parameter) {
        String before = path.substring(0, path.indexOf("/{" + parameter + "}"));
        return before.substring(before.lastIndexOf('/') + 1);
    }

    private static List<Parameter> parameters(Contract.Op op) {
        return op.operation().getParameters() == null ? List.of() : op.operation().getParameters();
    }
}
