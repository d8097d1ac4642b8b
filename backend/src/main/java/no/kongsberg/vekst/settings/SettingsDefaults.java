package no.kongsberg.vekst.settings;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Creates the settings row with the programme's published defaults on the first start. */
@ApplicationScoped
public class SettingsDefaults {

    private final SettingsService settings;

    public SettingsDefaults(SettingsService settings) {
        this.settings = settings;
    }

    void create(@Observes @Priority(20) StartupEvent start) {
        settings.createDefaultsIfMissing();
    }
}
