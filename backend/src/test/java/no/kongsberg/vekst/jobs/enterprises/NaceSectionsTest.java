package no.kongsberg.vekst.jobs.enterprises;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The division → section tables of SN2007 and SN2025, at every boundary. */
class NaceSectionsTest {

    private static String sn2007(int division) {
        return NaceSections.ofDivision(NaceSections.SN2007, division).orElse("-");
    }

    private static String sn2025(int division) {
        return NaceSections.ofDivision(NaceSections.SN2025, division).orElse("-");
    }

    @Test
    void sn2007MapsDivisionsToSectionsAToU() {
        String expected = "A1 A3 B5 B9 C10 C33 D35 E36 E39 F41 F43 G45 G47 H49 H53 I55 I56 J58 J63 K64 K66 L68 M69 M75 N77 N82 "
                + "O84 P85 Q86 Q88 R90 R93 S94 S96 T97 T98 U99";
        for (String pair : expected.split(" ")) {
            assertEquals(pair.substring(0, 1), sn2007(Integer.parseInt(pair.substring(1))), pair);
        }
        for (int unused : new int[] {0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89, 100}) {
            assertEquals("-", sn2007(unused), "division " + unused);
        }
    }

    @Test
    void sn2025SplitsInformationAndShiftsTheLaterLettersToV() {
        String expected = "A1 B5 C33 D35 E39 F43 G46 G47 H49 I56 J58 J60 K61 K63 L64 L66 M68 N69 N75 O77 O82 P84 Q85 R86 R88 "
                + "S90 S93 T94 T96 U97 U98 V99";
        for (String pair : expected.split(" ")) {
            assertEquals(pair.substring(0, 1), sn2025(Integer.parseInt(pair.substring(1))), pair);
        }
        assertEquals("-", sn2025(45));
    }

    @Test
    void codesAreReadByTheirFirstTwoDigits() {
        assertEquals(Optional.of("K"), NaceSections.ofCode(NaceSections.SN2025, "62.010"));
        assertEquals(Optional.of("J"), NaceSections.ofCode(NaceSections.SN2007, "62.010"));
        assertEquals(Optional.empty(), NaceSections.ofCode(NaceSections.SN2007, "00.000"));
        assertEquals(Optional.empty(), NaceSections.ofCode(NaceSections.SN2025, null));
        assertEquals(Optional.empty(), NaceSections.ofCode(NaceSections.SN2025, "x1"));
    }
}
