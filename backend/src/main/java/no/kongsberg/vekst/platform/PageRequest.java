package no.kongsberg.vekst.platform;

import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The `page`, `size` and `sort` query parameters of a list, checked: a bad value is a 400 naming
 * the parameter. {@code sortable} maps the API's field names to entity properties.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        Validation validation = new Validation();
        int pageNumber = QueryParams.integer(validation, "page", page, 0, 0, 1_000_000);
        int pageSize = QueryParams.integer(validation, "size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        Sort order = parseSort(validation, sort == null || sort.isBlank() ? defaultSort : sort, sortable);
        validation.throwIfAny();
        return new PageRequest(pageNumber, pageSize, order);
    }

    private static Sort parseSort(Validation validation, String sort, Map<String, String> sortable) {
        Sort order = null;
        List<String> seen = new ArrayList<>();
        for (String part : sort.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            String property = sortable.get(field);
            if (property == null || seen.contains(field)) {
                validation.add("sort", "unknown-value", "Cannot sort by '" + QueryParams.shorten(field)
                        + "'. Sortable fields: " + String.join(", ", sortable.keySet().stream().sorted().toList()) + ".");
                return Sort.by("id");
            }
            seen.add(field);
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            order = order == null ? Sort.by(property, direction) : order.and(property, direction);
        }
        return order;
    }

    /**
     * Empty values last whichever the direction (PostgreSQL puts them first when descending), and
     * the id as the last key so that pages do not overlap where the chosen keys tie.
     */
    public PageRequest nullsLastThenById() {
        sort.getColumns().forEach(column -> column.setNullPrecedence(Sort.NullPrecedence.NULLS_LAST));
        return new PageRequest(page, size, sort.and("id"));
    }

    /** A page of a list, as every list endpoint answers. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public <T> Page<T> page(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }
}
