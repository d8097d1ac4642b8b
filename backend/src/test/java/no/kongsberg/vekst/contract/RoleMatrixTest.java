package no.kongsberg.vekst.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.ApiClients;
import no.kongsberg.vekst.support.Contract;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every operation in openapi.yaml and calls it as each kind of caller: anonymous, each role,
 * an API client with every scope (the integrator role), and a disabled user. A caller the operation's x-roles allows is never refused; anyone else is
 * refused (401 when not signed in or disabled, 403 for a signed-in wrong role).
 */
@QuarkusTest
class RoleMatrixTest {

    private static final List<String> ROLES = List.of("viewer", "editor", "partner", "admin");

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesTheRolesItDoesNotList() {
        String disabledToken = disabledUserToken();
        List<DynamicTest> tests = new ArrayList<>();
        for (Contract.Op op : Contract.operations()) {
            boolean isPublic = op.roles().contains("public");
            tests.add(DynamicTest.dynamicTest(op.operationId() + " anonymous", () -> {
                int status = call(op, Api.lenient()).statusCode();
                if (isPublic) {
                    assertNotRefused(op, "anonymous", status);
                } else {
                    assertEquals(401, status, op.key() + " must refuse anonymous callers");
                }
            }));
            for (String role : ROLES) {
                tests.add(DynamicTest.dynamicTest(op.operationId() + " as " + role, () -> {
                    int status = call(op, Api.lenientAs(role)).statusCode();
                    if (isPublic || op.roles().contains(role)) {
                        assertNotRefused(op, role, status);
                    } else {
                        assertEquals(403, status, op.key() + " must refuse the role " + role);
                    }
                }));
            }
            tests.add(DynamicTest.dynamicTest(op.operationId() + " as an integrator", () -> {
                int status = call(op, Api.lenientWithToken(ApiClients.tokenWithScopes(ApiClients.ALL_SCOPES))).statusCode();
                if (isPublic || op.roles().contains("integrator")) {
                    assertNotRefused(op, "integrator", status);
                } else {
                    assertEquals(403, status, op.key() + " must refuse an API client");
                }
            }));
            if (!isPublic) {
                tests.add(DynamicTest.dynamicTest(op.operationId() + " as a disabled user", () ->
                        assertEquals(401, call(op, Api.lenientWithToken(disabledToken)).statusCode(),
                                op.key() + " must refuse a disabled user's token")));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void assertNotRefused(Contract.Op op, String who, int status) {
        assertTrue(status != 401 && status != 403 && status < 500, op.key() + " as " + who + " answered " + status);
    }

    /**
     * Calls the operation with its path parameters from the contract's examples (a random UUID for
     * ids), its required query parameters, and an empty JSON object as the body: enough to pass
     * authorisation, never enough to change data (a write names nothing that exists).
     */
    private static Response call(Contract.Op op, RequestSpecification request) {
        String path = op.path();
        List<Parameter> parameters = op.operation().getParameters() == null ? List.of() : op.operation().getParameters();
        for (Parameter p : parameters) {
            if ("path".equals(p.getIn())) {
                String value = p.getExample() != null ? p.getExample().toString() : UUID.randomUUID().toString();
                if ("uuid".equals(p.getSchema().getFormat())) {
                    value = UUID.randomUUID().toString();
                } else if (!"GET".equalsIgnoreCase(op.method())) {
                    // Never change what the examples name (seeded data other tests rely on): a write or
                    // an action such as copying a year's plan gets a name that exists nowhere.
                    value = "absent-" + value;
                }
                path = path.replace("{" + p.getName() + "}", value);
            } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
                request = request.queryParam(p.getName(), p.getExample());
            }
        }
        if (op.operation().getRequestBody() != null) {
            request = request.body(Map.of());
        }
        return request.request(op.method(), path);
    }

    /** A user with every role but partner, signed in and then disabled. */
    private static String disabledUserToken() {
        String username = "disabled-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("admin").body(Map.of("username", username, "displayName", "To be disabled",
                "password", "a-long-enough-secret", "roles", List.of("viewer", "editor", "admin"))).post("/api/v1/users")
                .then().statusCode(201).extract();
        String token = Api.signIn(username, "a-long-enough-secret");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("displayName", "Disabled", "roles",
                List.of("viewer", "editor", "admin"), "enabled", false));
        body.put("partnerId", null);
        Api.as("admin").header("If-Match", created.header("ETag")).body(body).put("/api/v1/users/" + created.path("id"))
                .then().statusCode(200);
        return token;
    }
}
