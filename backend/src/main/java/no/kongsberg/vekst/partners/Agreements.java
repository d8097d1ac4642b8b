package no.kongsberg.vekst.partners;

import java.util.List;
import java.util.Optional;

/** The agreement status workflow: draft → sent → signed → invoiced → paid, or cancelled before paid. */
public final class Agreements {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public static final String DRAFT = "draft";
    public static final String SENT = "sent";
    public static final String SIGNED = "signed";
    public static final String INVOICED = "invoiced";
    public static final String PAID = "paid";
    public static final String CANCELLED = "cancelled";

    /** The forward path, in order. */
    public static final List<String> PATH = List.of(DRAFT, SENT, SIGNED, INVOICED, PAID);
    /** Statuses that commit money to the programme: they count in the financing figures. */
    public static final List<String> COMMITTED = List.of(SIGNED, INVOICED, PAID);
    /** Statuses in which amounts and texts may still change. */
    public static final List<String> EDITABLE = List.of(DRAFT, SENT);

    private Agreements() {
    }

    /** The one status an agreement may move forward to, if any. */
    public static Optional<String> next(String status) {
        int i = PATH.indexOf(status);
        return i < 0 || i == PATH.size() - 1 ? Optional.empty() : Optional.of(PATH.get(i + 1));
    }

    public static boolean mayMove(String from, String to) {
        if (CANCELLED.equals(to)) {
            return !PAID.equals(from) && !CANCELLED.equals(from);
        }
        return next(from).map(to::equals).orElse(false);
    }
}
