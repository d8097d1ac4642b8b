package no.kongsberg.vekst.support;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The contract, ../openapi.yaml, as the tests read it: its operations and their declared roles. */
public final class Contract {

    public static final Path FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static OpenAPI openApi;
    private static List<Op> operations;

    private Contract() {
    }

    /** One operation: method, path template, id, x-roles, and a matcher for concrete paths. */
    public record Op(String method, String path, String operationId, List<String> roles, Operation operation, Pattern matcher) {
        public boolean matches(String method, String concretePath) {
            return this.method.equalsIgnoreCase(method) && matcher.matcher(concretePath).matches();
        }

        public String key() {
            return method + " " + path;
        }
    }

    public static synchronized OpenAPI openApi() {
        if (openApi == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            openApi = new OpenAPIV3Parser().read(FILE.toString(), null, options);
        }
        return openApi;
    }

    @SuppressWarnings("unchecked")
    public static synchronized List<Op> operations() {
        if (operations == null) {
            List<Op> ops = new ArrayList<>();
            for (Map.Entry<String, PathItem> path : openApi().getPaths().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                    Operation op = entry.getValue();
                    List<String> roles = (List<String>) op.getExtensions().get("x-roles");
                    String regex = path.getKey().replaceAll("\\{[^/]+}", "[^/]+");
                    ops.add(new Op(entry.getKey().name(), path.getKey(), op.getOperationId(), List.copyOf(roles),
                            op, Pattern.compile(regex)));
                }
            }
            operations = List.copyOf(ops);
        }
        return operations;
    }

    public static Op find(String method, String concretePath) {
        return operations().stream().filter(op -> op.matches(method, concretePath)).findFirst().orElse(null);
    }
}
