package no.kongsberg.vekst.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.Validation;

/** Reads and changes the programme settings; other features read their defaults from here (targets: {@link ProgrammeTargets}). */
@ApplicationScoped
public class SettingsService {

    public static final java.util.Set<String> VARIANTS = java.util.Set.of("official", "corrected");

    private final AuditService audit;
    private final MunicipalityService municipalities;

    public SettingsService(AuditService audit, MunicipalityService municipalities) {
        this.audit = audit;
        this.municipalities = municipalities;
    }

    public record Change(String programmeName, String homeMunicipality, String preferredPopulationVariant,
            Integer programmeStartYear) {
    }

    @Transactional
    public ProgrammeSettings current() {
        ProgrammeSettings settings = ProgrammeSettings.findById(ProgrammeSettings.THE_ROW);
        if (settings == null) {
            throw new IllegalStateException("The programme settings row is missing; start-up creates it");
        }
        return settings;
    }

    /** Creates the settings row with the programme's published defaults, once. */
    @Transactional
    public void createDefaultsIfMissing() {
        if (ProgrammeSettings.findById(ProgrammeSettings.THE_ROW) != null) {
            return;
        }
        ProgrammeSettings settings = new ProgrammeSettings();
        settings.id = ProgrammeSettings.THE_ROW;
        settings.programmeName = "Vekst i Kongsberg";
        settings.homeMunicipality = "3303";
        settings.preferredPopulationVariant = "corrected";
        settings.programmeStartYear = 2019;
        settings.updatedAt = Instant.now();
        settings.persist();
        audit.record("create", "settings", ProgrammeSettings.THE_ROW, Changes.created(settings.auditView()));
    }

    @Transactional
    public ProgrammeSettings update(String ifMatch, Change change) {
        ProgrammeSettings settings = current();
        ETags.requireMatch(ifMatch, settings.version);
        Validation validation = new Validation();
        validation.check(change.programmeName() != null && !change.programmeName().isBlank(), "programmeName", "required",
                "The programme needs a name.");
        validation.check(change.programmeName() == null || change.programmeName().length() <= 200, "programmeName",
                "too-long", "The name can have at most 200 characters.");
        if (change.homeMunicipality() == null) {
            validation.add("homeMunicipality", "required", "The home municipality is required.");
        } else if (municipalities.findByAnyCode(change.homeMunicipality()).isEmpty()) {
            validation.add("homeMunicipality", "unknown-municipality", "No municipality has the code "
                    + no.kongsberg.vekst.platform.QueryParams.shorten(change.homeMunicipality()) + ".");
        }
        validation.check(change.preferredPopulationVariant() != null && VARIANTS.contains(change.preferredPopulationVariant()),
                "preferredPopulationVariant", change.preferredPopulationVariant() == null ? "required" : "unknown-value",
                "The preferred series is official or corrected.");
        validation.check(change.programmeStartYear() != null && change.programmeStartYear() >= 1900
                && change.programmeStartYear() <= 2100, "programmeStartYear",
                change.programmeStartYear() == null ? "required" : "out-of-range", "The start year must be 1900-2100.");
        validation.throwIfAny();

        Map<String, Object> before = settings.auditView();
        settings.programmeName = change.programmeName().trim();
        settings.homeMunicipality = municipalities.findByAnyCode(change.homeMunicipality()).get().code;
        settings.preferredPopulationVariant = change.preferredPopulationVariant();
        settings.programmeStartYear = change.programmeStartYear();
        var changes = Changes.between(before, settings.auditView());
        if (!changes.isEmpty()) {
            settings.updatedAt = Instant.now();
            audit.record("update", "settings", ProgrammeSettings.THE_ROW, changes);
        }
        settings.persistAndFlush();
        return settings;
    }

    /** The variant a population request gets when it names none. */
    public String preferredVariant() {
        return current().preferredPopulationVariant;
    }
}
