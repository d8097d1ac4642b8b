package no.kongsberg.vekst.jobs.enterprises;

import java.util.Optional;
import java.util.Set;

/**
 * The section letter of a NACE code by its division (the first two digits), in Norway's two
 * standards: SN2007 (NACE Rev. 2, sections A–U) and SN2025 (NACE Rev. 2.1, sections A–V). SN2025
 * splits information and communication (J, K), drops division 45 (repair of motor vehicles moved
 * to T) and so shifts every later letter by one. Division 00 ("uoppgitt") has no section.
 */
public final class NaceSections {

    public static final String SN2007 = "SN2007";
    public static final String SN2025 = "SN2025";
    public static final Set<String> CLASSIFICATIONS = Set.of(SN2007, SN2025);

    /** The first division of each section, in order; a section runs until the next one's first division. */
    private static final int[] SN2007_FIRST = {1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99};
    private static final int[] SN2025_FIRST = {1, 5, 10, 35, 36, 41, 46, 49, 55, 58, 61, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99};
    /** Divisions no section has (gaps in the numbering): a code with one is not a real code. */
    private static final Set<Integer> SN2007_UNUSED = Set.of(4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89);
    private static final Set<Integer> SN2025_UNUSED = Set.of(4, 34, 40, 44, 45, 48, 54, 57, 67, 76, 83, 89);

    private NaceSections() {
    }

    /** The section of a division in the classification, if the division belongs to one. */
    public static Optional<String> ofDivision(String classification, int division) {
        boolean sn2025 = SN2025.equals(classification);
        int[] first = sn2025 ? SN2025_FIRST : SN2007_FIRST;
        if (division < 1 || division > 99 || (sn2025 ? SN2025_UNUSED : SN2007_UNUSED).contains(division)) {
            return Optional.empty();
        }
        int section = 0;
        while (section + 1 < first.length && first[section + 1] <= division) {
            section++;
        }
        return Optional.of(String.valueOf((char) ('A' + section)));
    }

    /** The section of a code such as `62.010` (or `62`), if its first two digits are a division with one. */
    public static Optional<String> ofCode(String classification, String code) {
        if (code == null || code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return Optional.empty();
        }
        return ofDivision(classification, Integer.parseInt(code.substring(0, 2)));
    }
}
