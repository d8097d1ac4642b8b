package no.kongsberg.vekst.jobs.industries;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * Norway's standard industrial classifications at section level: SN2007 (NACE Rev. 2, sections
 * A–U, used until 2024) and SN2025 (NACE Rev. 2.1, sections A–V, from 2025), the divisions (the
 * first two digits of a code) of each section, and the section mapping from SN2007 to SN2025.
 * A mapping is sound only where a section kept its content under a new letter; where content
 * moved (information and communication split into J and K, repair of motor vehicles moved from
 * trade to other services) it is marked unsound, and no figure is carried across it.
 */
public final class Industries {

    public static final String SN2007 = "SN2007";
    public static final String SN2025 = "SN2025";
    public static final List<String> CLASSIFICATIONS = List.of(SN2007, SN2025);

    /** A section, with its divisions (not shown in the API). */
    public record Section(String code, @JsonIgnore int firstDivision, @JsonIgnore int lastDivision, String nameNb, String nameEn) {
    }

    public record Classification(String key, String name, String usedFrom, String usedTo, List<Section> sections) {
    }

    public record Mapping(String from, List<String> to, boolean sound, String note) {
    }

    public record Catalogue(List<Classification> classifications, List<Mapping> mapping) {
    }

    private static final List<Section> SN2007_SECTIONS = List.of(
            new Section("A", 1, 3, "Jordbruk, skogbruk og fiske", "Agriculture, forestry and fishing"),
            new Section("B", 5, 9, "Bergverksdrift og utvinning", "Mining and quarrying"),
            new Section("C", 10, 33, "Industri", "Manufacturing"),
            new Section("D", 35, 35, "Elektrisitets-, gass-, damp- og varmtvannsforsyning", "Electricity, gas, steam and air conditioning supply"),
            new Section("E", 36, 39, "Vannforsyning, avløps- og renovasjonsvirksomhet", "Water supply, sewerage, waste management and remediation"),
            new Section("F", 41, 43, "Bygge- og anleggsvirksomhet", "Construction"),
            new Section("G", 45, 47, "Varehandel, reparasjon av motorvogner", "Wholesale and retail trade; repair of motor vehicles"),
            new Section("H", 49, 53, "Transport og lagring", "Transportation and storage"),
            new Section("I", 55, 56, "Overnattings- og serveringsvirksomhet", "Accommodation and food service activities"),
            new Section("J", 58, 63, "Informasjon og kommunikasjon", "Information and communication"),
            new Section("K", 64, 66, "Finansierings- og forsikringsvirksomhet", "Financial and insurance activities"),
            new Section("L", 68, 68, "Omsetning og drift av fast eiendom", "Real estate activities"),
            new Section("M", 69, 75, "Faglig, vitenskapelig og teknisk tjenesteyting", "Professional, scientific and technical activities"),
            new Section("N", 77, 82, "Forretningsmessig tjenesteyting", "Administrative and support service activities"),
            new Section("O", 84, 84, "Offentlig administrasjon og forsvar, og trygdeordninger underlagt offentlig forvaltning",
                    "Public administration and defence; compulsory social security"),
            new Section("P", 85, 85, "Undervisning", "Education"),
            new Section("Q", 86, 88, "Helse- og sosialtjenester", "Human health and social work activities"),
            new Section("R", 90, 93, "Kulturell virksomhet, underholdning og fritidsaktiviteter", "Arts, entertainment and recreation"),
            new Section("S", 94, 96, "Annen tjenesteyting", "Other service activities"),
            new Section("T", 97, 98, "Lønnet arbeid i private husholdninger", "Activities of households as employers"),
            new Section("U", 99, 99, "Internasjonale organisasjoner og organer", "Activities of extraterritorial organisations and bodies"));

    private static final List<Section> SN2025_SECTIONS = List.of(
            new Section("A", 1, 3, "Jordbruk, skogbruk og fiske", "Agriculture, forestry and fishing"),
            new Section("B", 5, 9, "Bergverksdrift og utvinning", "Mining and quarrying"),
            new Section("C", 10, 33, "Industri", "Manufacturing"),
            new Section("D", 35, 35, "Elektrisitets-, gass-, damp- og varmtvannsforsyning", "Electricity, gas, steam and air conditioning supply"),
            new Section("E", 36, 39, "Vannforsyning, avløps- og renovasjonsvirksomhet", "Water supply, sewerage, waste management and remediation"),
            new Section("F", 41, 43, "Bygge- og anleggsvirksomhet", "Construction"),
            new Section("G", 46, 47, "Varehandel", "Wholesale and retail trade"),
            new Section("H", 49, 53, "Transport og lagring", "Transportation and storage"),
            new Section("I", 55, 56, "Overnattings- og serveringsvirksomhet", "Accommodation and food service activities"),
            new Section("J", 58, 60, "Forlagsvirksomhet, kringkasting og produksjon og distribusjon av innhold",
                    "Publishing, broadcasting, and content production and distribution activities"),
            new Section("K", 61, 63, "Telekommunikasjon, programmering, konsulentvirksomhet, datainfrastruktur og andre informasjonstjenester",
                    "Telecommunication, computer programming, consultancy, computing infrastructure and other information services"),
            new Section("L", 64, 66, "Finansierings- og forsikringsvirksomhet", "Financial and insurance activities"),
            new Section("M", 68, 68, "Omsetning og drift av fast eiendom", "Real estate activities"),
            new Section("N", 69, 75, "Faglig, vitenskapelig og teknisk tjenesteyting", "Professional, scientific and technical activities"),
            new Section("O", 77, 82, "Forretningsmessig tjenesteyting", "Administrative and support service activities"),
            new Section("P", 84, 84, "Offentlig administrasjon og forsvar, og trygdeordninger underlagt offentlig forvaltning",
                    "Public administration and defence; compulsory social security"),
            new Section("Q", 85, 85, "Undervisning", "Education"),
            new Section("R", 86, 88, "Helse- og sosialtjenester", "Human health and social work activities"),
            new Section("S", 90, 93, "Kunstnerisk virksomhet, sport og fritid", "Arts, sports and recreation"),
            new Section("T", 94, 96, "Annen tjenesteyting", "Other service activities"),
            new Section("U", 97, 98, "Lønnet arbeid i private husholdninger", "Activities of households as employers"),
            new Section("V", 99, 99, "Internasjonale organisasjoner og organer", "Activities of extraterritorial organisations and bodies"));

    private static final List<Mapping> MAPPING = List.of(
            sound("A", "A"), sound("B", "B"), sound("C", "C"), sound("D", "D"), sound("E", "E"), sound("F", "F"),
            new Mapping("G", List.of("G", "T"), false, "Repair of motor vehicles and motorcycles moved from trade to other service activities (T)."),
            sound("H", "H"), sound("I", "I"),
            new Mapping("J", List.of("J", "K"), false, "Information and communication split into publishing and content (J) and telecommunication and IT (K)."),
            sound("K", "L"), sound("L", "M"), sound("M", "N"), sound("N", "O"), sound("O", "P"), sound("P", "Q"), sound("Q", "R"),
            sound("R", "S"),
            new Mapping("S", List.of("T"), false, "Other service activities (T) also gained the repair of motor vehicles from trade."),
            sound("T", "U"), sound("U", "V"));

    private static final Catalogue CATALOGUE = new Catalogue(List.of(
            new Classification(SN2007, "SN2007 (NACE Rev. 2)", "2009", "2024", SN2007_SECTIONS),
            new Classification(SN2025, "SN2025 (NACE Rev. 2.1)", "2025", null, SN2025_SECTIONS)), MAPPING);

    private Industries() {
    }

    private static Mapping sound(String from, String to) {
        return new Mapping(from, List.of(to), true, from.equals(to) ? "Same section." : "Same content under a new letter.");
    }

    public static Catalogue catalogue() {
        return CATALOGUE;
    }

    public static List<Section> sections(String classification) {
        return SN2025.equals(classification) ? SN2025_SECTIONS : SN2007_SECTIONS;
    }

    public static boolean isSection(String classification, String code) {
        return sections(classification).stream().anyMatch(s -> s.code().equals(code));
    }

    /** The section of a division (the first two digits of an industry code) in the classification, if any. */
    public static Optional<Section> sectionOfDivision(String classification, int division) {
        return sections(classification).stream().filter(s -> division >= s.firstDivision() && division <= s.lastDivision()).findFirst();
    }
}
