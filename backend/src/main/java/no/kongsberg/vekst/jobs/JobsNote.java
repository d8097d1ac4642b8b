package no.kongsberg.vekst.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;

/** Something a reader of the jobs figures should know: a stable code, an English message, and the municipality and years concerned. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JobsNote(String code, String message, MunicipalityRef municipality, List<String> years) {

    public static JobsNote memberMissing(Municipality member, List<String> years) {
        return new JobsNote("member-missing", member.name + " (" + member.code + ") has no figure for " + String.join(", ", years)
                + "; the group's figure for those years is missing.", MunicipalityRef.of(member), years);
    }

    /** The figures shown include the fictional demo rows (JobsDemoData), which must never pass for Statistics Norway's. */
    public static JobsNote demoData() {
        return of("demo-data", "Some of these figures are fictional demo data, not Statistics Norway's.");
    }

    public static JobsNote of(String code, String message) {
        return new JobsNote(code, message, null, null);
    }
}
