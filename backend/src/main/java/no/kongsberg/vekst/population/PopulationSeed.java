package no.kongsberg.vekst.population;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Map;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.SeedFiles;

/**
 * Kongsberg's published population figures (seed/kongsberg-population.csv, real public figures
 * with their source) are the product's own starting data, loaded once. Kongsberg's codes have
 * changed (0604, 3006, 3303); the rows are stored against the municipality, whichever code they use.
 */
@ApplicationScoped
public class PopulationSeed {

    static final String FILE = "kongsberg-population.csv";
    private final MunicipalityService municipalities;

    public PopulationSeed(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    @Transactional
    void load(@Observes @Priority(30) StartupEvent start) {
        Municipality kongsberg = municipalities.findByAnyCode("3303").orElseThrow();
        if (PopulationStock.count("municipality", kongsberg) > 0) {
            return;
        }
        String source = SeedFiles.source(FILE);
        for (Map<String, String> row : SeedFiles.read(FILE)) {
            PopulationStock stock = new PopulationStock();
            stock.municipality = kongsberg;
            stock.date = LocalDate.parse(row.get("date"));
            stock.variant = row.get("variant");
            stock.population = Integer.parseInt(row.get("population"));
            stock.source = source;
            stock.updatedAt = java.time.Instant.now();
            stock.persist();
        }
    }
}
