package no.kongsberg.vekst.jobs.enterprises;

import java.util.Optional;
import no.kongsberg.vekst.jobs.industries.Industries;
import java.util.Set;

/**
 * The section letter of a register unit's NACE code by its division (the first two digits), in
 * Norway's two standards; the divisions of each section are {@link Industries}'. Division 00
 * ("uoppgitt") and the gaps in the numbering have no section.
 */
public final class NaceSections {

    public static final String SN2007 = Industries.SN2007;
    public static final String SN2025 = Industries.SN2025;
    public static final Set<String> CLASSIFICATIONS = Set.copyOf(Industries.CLASSIFICATIONS);

    private NaceSections() {
    }

    /** The section of a division in the classification, if the division belongs to one. */
    public static Optional<String> ofDivision(String classification, int division) {
        return Industries.sectionOfDivision(classification, division).map(Industries.Section::code);
    }

    /** The section of a code such as `62.010` (or `62`), if its first two digits are a division with one. */
    public static Optional<String> ofCode(String classification, String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return Optional.empty();
        }
        return ofDivision(classification, Integer.parseInt(code.substring(0, 2)));
    }
}
