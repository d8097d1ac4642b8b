package no.kongsberg.vekst.platform;

import java.time.LocalDate;
import java.time.ZoneId;

/** The programme's calendar is Norway's: "today" and "this year" are taken in Europe/Oslo. */
public final class OsloTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private OsloTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static int currentYear() {
        return today().getYear();
    }
}
