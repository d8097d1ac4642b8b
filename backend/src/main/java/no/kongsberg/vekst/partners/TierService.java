package no.kongsberg.vekst.partners;

import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.Constraints;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.Validation;

/** Partner tiers: named bands of yearly contribution, within NOK 15,000–200,000, never overlapping. */
@ApplicationScoped
public class TierService {

    static final String AUDIT_ENTITY = "partner-tier";

    /** The three tiers a new installation starts with; admins rename or re-band them. */
    static final List<PartnerTier> SEED = List.of(tier("partner", "Partner", 15_000, 49_999),
            tier("gold", "Gullpartner", 50_000, 99_999), tier("main", "Hovedpartner", 100_000, 200_000));

    private final AuditService audit;

    public TierService(AuditService audit) {
        this.audit = audit;
    }

    public record Band(String name, Long minNok, Long maxNok) {
    }

    /** Seeds the three tiers once, on a database that has never had any. */
    @Transactional
    void seed(@Observes @Priority(35) StartupEvent start) {
        if (PartnerTier.count() == 0 && no.kongsberg.vekst.audit.AuditEntry.count("entity", AUDIT_ENTITY) == 0) {
            SEED.forEach(t -> tier(t.key, t.name, t.minNok, t.maxNok).persist());
        }
    }

    @Transactional
    public List<PartnerTier> list() {
        return PartnerTier.listAll(Sort.by("minNok").and("key"));
    }

    @Transactional
    public PartnerTier get(String key) {
        PartnerTier tier = key == null ? null : PartnerTier.findById(key);
        if (tier == null) {
            throw ApiProblem.notFound("No partner tier has the key " + key + ".");
        }
        return tier;
    }

    @Transactional
    public PartnerTier create(String key, Band band) {
        Validation validation = new Validation();
        validation.check(key != null && key.matches("[a-z0-9][a-z0-9-]{1,49}"), "key", "invalid",
                "The key must be 2-50 characters: lower-case letters, digits and hyphens.");
        check(validation, band, key);
        validation.throwIfAny();
        if (PartnerTier.findById(key) != null) {
            throw ApiProblem.conflict("key", "duplicate", "A tier with the key " + key + " already exists.");
        }
        PartnerTier tier = tier(key, band.name().trim(), band.minNok(), band.maxNok());
        persistGuardingOverlap(tier);
        audit.record("create", AUDIT_ENTITY, key, Changes.created(tier.auditView()));
        return tier;
    }

    @Transactional
    public PartnerTier update(String key, String ifMatch, Band band) {
        PartnerTier tier = get(key);
        ETags.requireMatch(ifMatch, tier.version);
        Validation validation = new Validation();
        check(validation, band, key);
        validation.throwIfAny();
        Map<String, Object> before = tier.auditView();
        tier.name = band.name().trim();
        tier.minNok = band.minNok();
        tier.maxNok = band.maxNok();
        var changes = Changes.between(before, tier.auditView());
        if (!changes.isEmpty()) {
            tier.updatedAt = Instant.now();
            audit.record("update", AUDIT_ENTITY, key, changes);
        }
        persistGuardingOverlap(tier);
        return tier;
    }

    @Transactional
    public void delete(String key) {
        PartnerTier tier = get(key);
        if (Agreement.count("tier", tier) > 0) {
            throw ApiProblem.conflict("key", "in-use", "Agreements use the tier " + tier.name + "; rename or re-band it instead.");
        }
        audit.record("delete", AUDIT_ENTITY, key, Changes.between(tier.auditView(), Map.of()));
        tier.delete();
    }

    private static void check(Validation validation, Band band, String self) {
        validation.check(band.name() != null && !band.name().isBlank() && band.name().trim().length() <= 100, "name",
                "required", "A name of 1-100 characters is required.");
        Long min = band.minNok();
        Long max = band.maxNok();
        validation.check(min != null && min >= PartnerTier.LOWEST_NOK && min <= PartnerTier.HIGHEST_NOK, "minNok",
                "out-of-range", "The band lies within NOK 15,000-200,000.");
        validation.check(max != null && max >= PartnerTier.LOWEST_NOK && max <= PartnerTier.HIGHEST_NOK, "maxNok",
                "out-of-range", "The band lies within NOK 15,000-200,000.");
        if (validation.has("minNok") || validation.has("maxNok")) {
            return;
        }
        validation.check(min <= max, "maxNok", "below-min", "The band's upper end must not be below its lower end.");
        for (PartnerTier other : PartnerTier.<PartnerTier>listAll()) {
            if (!other.key.equals(self) && min <= other.maxNok && other.minNok <= max) {
                validation.add("minNok", "overlaps", "The band overlaps the tier " + other.name + " (NOK " + other.minNok
                        + "-" + other.maxNok + ").");
            }
        }
    }

    /** Two admins saving overlapping bands at once: the database's exclusion constraint decides. */
    private static void persistGuardingOverlap(PartnerTier tier) {
        try {
            tier.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (Constraints.violated(e, "partner_tier_no_overlap")) {
                throw ApiProblem.conflict("minNok", "overlaps", "The band overlaps another tier's.");
            }
            throw e;
        }
    }

    private static PartnerTier tier(String key, String name, long min, long max) {
        PartnerTier tier = new PartnerTier();
        tier.key = key;
        tier.name = name;
        tier.minNok = min;
        tier.maxNok = max;
        tier.updatedAt = Instant.now();
        return tier;
    }
}
