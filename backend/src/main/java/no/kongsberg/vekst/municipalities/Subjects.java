package no.kongsberg.vekst.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * Whose figures a statistics request asks for: one municipality (by any of its codes), a region
 * or a peer group, with the home municipality as the default. Every statistics feature resolves
 * its `municipality`, `region` and `peerGroup` parameters here, so they mean the same everywhere.
 * Call inside a transaction (groups load their members).
 */
@ApplicationScoped
public class Subjects {

    /** Whose figures, as the API shows it. */
    public record SubjectView(String kind, String key, String name, List<MunicipalityRef> members) {
    }

    /** The subject with its members (one for a municipality), and whether it is the home municipality. */
    public record Subject(SubjectView view, List<Municipality> members, boolean group, boolean home) {
    }

    private final MunicipalityService municipalities;
    private final SettingsService settings;

    public Subjects(MunicipalityService municipalities, SettingsService settings) {
        this.municipalities = municipalities;
        this.settings = settings;
    }

    /**
     * The one subject asked for: a municipality, a region or a peer group; with none, the home
     * municipality. Adds a validation error naming the parameter (and returns null) when unknown
     * or when more than one is given.
     */
    public Subject subject(Validation validation, String municipality, String region, String peerGroup) {
        int given = (blank(municipality) ? 0 : 1) + (blank(region) ? 0 : 1) + (blank(peerGroup) ? 0 : 1);
        if (given > 1) {
            validation.add(blank(municipality) ? "region" : "municipality", "one-subject",
                    "Give one of municipality, region and peerGroup, not several.");
            return null;
        }
        if (!blank(region) || !blank(peerGroup)) {
            return group(validation, region, peerGroup);
        }
        Municipality found = municipality(validation, "municipality", municipality);
        return found == null ? null : single(found);
    }

    /** A region or a peer group (exactly one given); a validation error naming the parameter when unknown. */
    public Subject group(Validation validation, String region, String peerGroup) {
        if (!blank(region)) {
            return Region.<Region>find("key", region.trim()).firstResultOptional()
                    .map(r -> group("region", r.key, r.name, r.members))
                    .orElseGet(() -> {
                        validation.add("region", "unknown-region", "No region has the key " + region.trim() + ".");
                        return null;
                    });
        }
        return PeerGroup.<PeerGroup>find("key", peerGroup.trim()).firstResultOptional()
                .map(g -> group("peerGroup", g.key, g.name, g.members))
                .orElseGet(() -> {
                    validation.add("peerGroup", "unknown-peer-group", "No peer group has the key " + peerGroup.trim() + ".");
                    return null;
                });
    }

    public Subject single(Municipality municipality) {
        return new Subject(new SubjectView("municipality", municipality.code, municipality.name, List.of()), List.of(municipality),
                false, municipality.code.equals(home().map(m -> m.code).orElse(null)));
    }

    private static Subject group(String kind, String key, String name, List<Municipality> members) {
        return new Subject(new SubjectView(kind, key, name, members.stream().map(MunicipalityRef::of).toList()),
                List.copyOf(members), true, false);
    }

    /** The home municipality of the settings. */
    public Optional<Municipality> home() {
        return municipalities.findByAnyCode(settings.current().homeMunicipality);
    }

    /**
     * The municipality of a parameter (any current or former code), the home municipality when
     * blank; a validation error naming the field (and null) when malformed or unknown.
     */
    public Municipality municipality(Validation validation, String field, String code) {
        String wanted = blank(code) ? settings.current().homeMunicipality : code.trim();
        if (!wanted.matches("[0-9]{4}")) {
            validation.add(field, "invalid", field + " must be a four-digit municipality code, like 3303.");
            return null;
        }
        return municipalities.findByAnyCode(wanted).orElseGet(() -> {
            validation.add(field, "unknown-municipality", "No municipality has or had the code " + wanted + ".");
            return null;
        });
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
