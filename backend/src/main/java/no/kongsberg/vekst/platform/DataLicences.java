package no.kongsberg.vekst.platform;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where published figures come from and under which licence they may be reused: the one place
 * that names them, for the statistics answers (`source`, `license`) and the bulk downloads.
 * Statistics Norway publishes under CC BY 4.0, which asks that the source be named; the
 * Brønnøysund registers publish under the Norwegian Licence for Open Government Data (NLOD 2.0).
 */
public final class DataLicences {

    /** A licence as the API shows it. */
    public record License(String name, String url) {
    }

    public static final License CC_BY_4 = new License("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/");
    public static final License NLOD_2 = new License("NLOD 2.0", "https://data.norge.no/nlod/en/2.0");

    public static final String STATISTICS_NORWAY = "Statistics Norway (SSB)";
    /** Population figures where the municipality's corrected variant is shown. */
    public static final String STATISTICS_NORWAY_CORRECTED = "Statistics Norway (SSB); corrections by the municipality";
    public static final String BRREG = "The Central Coordinating Register for Legal Entities (Brønnøysundregistrene)";
    /** Figures Vekst computes from Statistics Norway's. */
    public static final String STATISTICS_NORWAY_AND_VEKST = "Statistics Norway (SSB) and Vekst";
    /** What Vekst itself holds and publishes as the municipality's open data (job openings). */
    public static final String VEKST = "Vekst i Kongsberg (openings posted by partners and from the public job-ad feed)";

    /**
     * A statistics answer: it names its source and licence as the top-level fields `source` and
     * `license`. Statistics Norway's figures under CC BY 4.0 unless the answer says otherwise.
     */
    public interface Attributed {

        @JsonProperty("source")
        default String source() {
            return STATISTICS_NORWAY;
        }

        @JsonProperty("license")
        default License license() {
            return CC_BY_4;
        }
    }

    private DataLicences() {
    }

    /** The source of population figures of a variant. */
    public static String populationSource(String variant) {
        return "corrected".equals(variant) ? STATISTICS_NORWAY_CORRECTED : STATISTICS_NORWAY;
    }

    /** The `Link` header value that points a download at its licence. */
    public static String linkHeader(License license) {
        return "<" + license.url() + ">; rel=\"license\"";
    }
}
