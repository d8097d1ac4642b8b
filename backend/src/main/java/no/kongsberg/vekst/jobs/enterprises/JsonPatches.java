package no.kongsberg.vekst.jobs.enterprises;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the update stream's `endringer` (RFC 6902 JSON Patch operations) to a unit in the
 * register's shape. Leniently: the stored unit holds only the fields Vekst keeps, so an operation
 * on a part it lacks (an address line, a phone number) is skipped rather than failing the file;
 * `add` and `replace` create missing parent objects. `test`, `move` and `copy` are not used by the
 * register and are skipped.
 */
final class JsonPatches {

    private JsonPatches() {
    }

    /** The document after the operations (a new object when an operation replaces the whole document). */
    static ObjectNode apply(ObjectNode document, JsonNode operations) {
        ObjectNode result = document;
        for (JsonNode operation : operations) {
            if (!operation.isObject()) {
                continue;
            }
            String op = operation.path("op").asText("");
            String path = operation.path("path").asText(null);
            if (path == null) {
                continue;
            }
            JsonNode value = operation.get("value");
            if (path.isEmpty()) {
                if (("add".equals(op) || "replace".equals(op)) && value != null && value.isObject()) {
                    result = ((ObjectNode) value).deepCopy();
                }
                continue;
            }
            List<String> tokens = tokens(path);
            if (tokens == null) {
                continue;
            }
            JsonNode parent = result;
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                JsonNode child = parent instanceof ObjectNode object ? object.get(token)
                        : parent instanceof ArrayNode array && token.matches("[0-9]+") ? array.get(Integer.parseInt(token)) : null;
                if (child == null && parent instanceof ObjectNode object && !"remove".equals(op)) {
                    child = object.putObject(token);
                }
                parent = child;
                if (parent == null) {
                    break;
                }
            }
            String last = tokens.get(tokens.size() - 1);
            if (parent instanceof ObjectNode object) {
                switch (op) {
                    case "add", "replace" -> object.set(last, value == null ? null : value.deepCopy());
                    case "remove" -> object.remove(last);
                    default -> {
                        // test, move, copy: not used by the register.
                    }
                }
            } else if (parent instanceof ArrayNode array) {
                applyToArray(array, op, last, value);
            }
        }
        return result;
    }

    private static void applyToArray(ArrayNode array, String op, String token, JsonNode value) {
        if ("-".equals(token) && "add".equals(op) && value != null) {
            array.add(value.deepCopy());
            return;
        }
        if (!token.matches("[0-9]{1,6}")) {
            return;
        }
        int index = Integer.parseInt(token);
        switch (op) {
            case "add" -> {
                if (index <= array.size() && value != null) {
                    array.insert(index, value.deepCopy());
                }
            }
            case "replace" -> {
                if (index < array.size() && value != null) {
                    array.set(index, value.deepCopy());
                }
            }
            case "remove" -> {
                if (index < array.size()) {
                    array.remove(index);
                }
            }
            default -> {
                // Not used by the register.
            }
        }
    }

    /** The reference tokens of a JSON Pointer (RFC 6901), or null when it is not one. */
    private static List<String> tokens(String pointer) {
        if (!pointer.startsWith("/")) {
            return null;
        }
        List<String> tokens = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            tokens.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
