package no.kongsberg.vekst.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The years a statistics request asks for (`from`, `to`); either end may be open. */
public record YearSpan(Integer from, Integer to) {

    public static YearSpan of(Validation validation, String fromValue, String toValue) {
        Integer from = QueryParams.year(validation, "from", fromValue);
        Integer to = QueryParams.year(validation, "to", toValue);
        if (from != null && to != null && from > to) {
            validation.add("from", "after-to", "from (" + from + ") must not be after to (" + to + ").");
        }
        return new YearSpan(from, to);
    }

    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /** The latest year that the most members have figures for; last year when none has any. */
    public static int latestCommonYear(Collection<List<Integer>> yearsByMember) {
        TreeMap<Integer, Integer> members = new TreeMap<>();
        yearsByMember.forEach(years -> years.stream().distinct().forEach(y -> members.merge(y, 1, Integer::sum)));
        int most = members.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return members.descendingMap().entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).findFirst()
                .orElse(OsloTime.currentYear() - 1);
    }
}
