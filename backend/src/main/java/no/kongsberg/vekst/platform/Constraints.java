package no.kongsberg.vekst.platform;

/**
 * Recognises which database constraint refused a write, for the races that only the database can
 * decide (two requests passing the same check at once): the service turns that into a 409.
 */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(RuntimeException e, String constraintName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && String.valueOf(sql.getMessage()).contains(constraintName)) {
                return true;
            }
        }
        return false;
    }
}
