package no.kongsberg.vekst.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kongsberg.vekst.support.Api;
import no.kongsberg.vekst.support.Contract;
import org.junit.jupiter.api.Test;

/** The backend exposes exactly the operations of the contract, and serves the contract itself. */
@QuarkusTest
class ContractEndpointsTest {

    @Test
    void everyResourceMethodIsAnOperationOfTheContractAndViceVersa() throws Exception {
        Set<String> implemented = implementedOperations();
        Set<String> contract = Contract.operations().stream().map(Contract.Op::key).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(implemented.isEmpty());
        Set<String> notInContract = new TreeSet<>(implemented);
        notInContract.removeAll(contract);
        Set<String> notImplemented = new TreeSet<>(contract);
        notImplemented.removeAll(implemented);
        assertTrue(notInContract.isEmpty(), "endpoints the contract lacks: " + notInContract);
        assertTrue(notImplemented.isEmpty(), "operations without an endpoint: " + notImplemented);
    }

    @Test
    void everyOperationDeclaresRolesAndAnId() {
        Set<String> known = Set.of("public", "viewer", "editor", "partner", "admin", "integrator");
        for (Contract.Op op : Contract.operations()) {
            assertFalse(op.roles().isEmpty(), op.key() + " has no x-roles");
            assertTrue(known.containsAll(op.roles()), op.key() + " has unknown roles " + op.roles());
            assertTrue(op.operationId() != null && !op.operationId().isBlank(), op.key() + " has no operationId");
        }
    }

    @Test
    void theContractIsServedAsWritten() {
        String served = Api.lenient().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        var parsed = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(served).getOpenAPI();
        assertEquals(Contract.openApi().getPaths().keySet(), parsed.getPaths().keySet());
        assertEquals(Contract.openApi().getInfo().getVersion(), parsed.getInfo().getVersion());
        assertEquals("3.0.3", parsed.getOpenapi());
    }

    /** "METHOD /path" for every JAX-RS resource method compiled from src/main/java. */
    private static Set<String> implementedOperations() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        Set<String> operations = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ContractEndpointsTest.class.getClassLoader());
                Path classPath = type.getAnnotation(Path.class);
                if (classPath == null) {
                    continue;
                }
                // A resource may inherit its methods (one resource a kind, the handling in a shared base class).
                List<Method> methods = new java.util.ArrayList<>();
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    methods.addAll(List.of(c.getDeclaredMethods()));
                }
                for (Method method : methods) {
                    String httpMethod = httpMethodOf(method);
                    if (httpMethod == null) {
                        continue;
                    }
                    Path methodPath = method.getAnnotation(Path.class);
                    String full = (classPath.value() + (methodPath == null ? "" : "/" + methodPath.value()))
                            .replaceAll("/+", "/").replaceAll("/$", "");
                    operations.add(httpMethod + " " + full);
                }
            }
        }
        return operations;
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
