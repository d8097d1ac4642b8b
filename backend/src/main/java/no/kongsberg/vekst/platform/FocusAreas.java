package no.kongsberg.vekst.platform;

import java.util.List;

/** The programme's four focus areas, one list everywhere (DESIGN.md): Innbyggere, Industri, Reiseliv, Handel. */
public final class FocusAreas {

    public static final List<String> ALL = List.of("residents", "industry", "tourism", "retail");

    private FocusAreas() {
    }
}
