package no.kongsberg.vekst.actionplan;

import java.time.LocalDate;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * The one rule for "late": the due date has passed (in Norway) and the activity is neither done nor
 * cancelled. Kept here both as a query condition (the `late` filter, `counts.late`) and as a
 * predicate (each activity's `late`), side by side so that they cannot drift apart.
 */
final class Lateness {

    /** JPQL, with the parameter {@code :today}; false (never unknown) for an activity without a due date. */
    static final String CONDITION = "(dueDate is not null and dueDate < :today and status not in ('"
            + Activity.DONE + "', '" + Activity.CANCELLED + "'))";

    private Lateness() {
    }

    static boolean isLate(Activity activity, LocalDate today) {
        return activity.dueDate != null && activity.dueDate.isBefore(today)
                && !Activity.DONE.equals(activity.status) && !Activity.CANCELLED.equals(activity.status);
    }

    static LocalDate today() {
        return OsloTime.today();
    }
}
