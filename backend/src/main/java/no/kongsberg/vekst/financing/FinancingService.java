package no.kongsberg.vekst.financing;

import no.kongsberg.vekst.partners.Agreements;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.financing.FinancingArithmetic.AgreementFact;
import no.kongsberg.vekst.financing.FinancingArithmetic.TierFact;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerTier;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.settings.ProgrammeSettings;
import no.kongsberg.vekst.settings.ProgrammeTargets;
import no.kongsberg.vekst.settings.SettingsService;

/**
 * The programme's financing: the yearly overview against the turnover target, the municipality's
 * contributions (audited), and the public list of the year's partners.
 */
@ApplicationScoped
public class FinancingService {

    public static final String AUDIT_ENTITY = "municipal-contribution";
    static final long MAX_NOK = 10_000_000_000L;
    static final int MAX_NOTE = 500;

    private final SettingsService settings;
    private final AuditService audit;
    private final ProgrammeTargets targets;

    public FinancingService(SettingsService settings, AuditService audit, ProgrammeTargets targets) {
        this.settings = settings;
        this.audit = audit;
        this.targets = targets;
    }

    /** What an admin sends for a year's contribution. */
    public record ContributionInput(Long amountNok, String note) {
    }

    /** A partner as the public list shows it: nothing else leaves the server. */
    public record PublicPartner(String name, String logoUrl, String website, String sector, String tierName) {
    }

    public record PublicPartnerList(int year, List<PublicPartner> items) {
    }

    /**
     * The year's overview. Loads every agreement from the series' first year (and the year before,
     * for renewal) to the year, a few hundred a year, as plain values; cancelled ones never count,
     * so they stay in the database.
     */
    @Transactional
    public FinancingArithmetic.Financing overview(String yearParam) {
        int year = year(yearParam);
        ProgrammeSettings programme = settings.current();
        Integer firstAgreementYear = Panache.getEntityManager()
                .createQuery("select min(a.year) from Agreement a where a.status <> :cancelled", Integer.class)
                .setParameter("cancelled", Agreements.CANCELLED).getSingleResult();
        int from = Math.min(Math.min(programme.programmeStartYear, year - 1),
                firstAgreementYear == null ? year : firstAgreementYear);
        List<Object[]> rows = Panache.getEntityManager().createQuery("""
                select p.id, p.name, p.sector, a.year, a.tier.key, a.status, a.cashNok, a.inKindNok
                from Agreement a join a.partner p
                where a.year between :from and :to and a.status <> :cancelled""", Object[].class)
                .setParameter("from", from).setParameter("to", year)
                .setParameter("cancelled", Agreements.CANCELLED).getResultList();
        List<AgreementFact> agreements = rows.stream().map(r -> new AgreementFact((UUID) r[0], (String) r[1], (String) r[2],
                (Integer) r[3], (String) r[4], (String) r[5], (Long) r[6], (Long) r[7])).toList();
        List<TierFact> tiers = PartnerTier.<PartnerTier>listAll().stream().map(t -> new TierFact(t.key, t.name, t.minNok)).toList();
        Map<Integer, Long> contributions = new LinkedHashMap<>();
        MunicipalContribution.<MunicipalContribution>list("year <= ?1", year)
                .forEach(c -> contributions.put(c.year, c.amountNok));
        // Each year's target is the KPI programme-turnover's; a year without one takes the nearest year's.
        ProgrammeTargets.YearlyTargets turnoverTargets = targets.of(ProgrammeTargets.PROGRAMME_TURNOVER);
        return FinancingArithmetic.overview(new FinancingArithmetic.Input(year, y -> Math.round(turnoverTargets.nearest(y, 0)),
                programme.programmeStartYear, firstAgreementYear, contributions, tiers, Partner.SECTORS, agreements));
    }

    @Transactional
    public List<MunicipalContribution> contributions() {
        return MunicipalContribution.listAll(Sort.by("year"));
    }

    /** The result of setting a contribution: whether it was created (201) or changed (200). */
    public record Outcome(MunicipalContribution contribution, boolean created) {
    }

    @Transactional
    public Outcome setContribution(String yearParam, String ifMatch, ContributionInput input) {
        Validation validation = new Validation();
        Integer year = checkedYear(validation, yearParam);
        Long amount = input == null ? null : input.amountNok();
        validation.check(amount != null, "amountNok", "required", "The amount is required.");
        validation.check(amount == null || (amount >= 0 && amount <= MAX_NOK), "amountNok", "out-of-range",
                "The amount must be between 0 and 10 000 000 000 kroner.");
        String note = input == null || input.note() == null || input.note().isBlank() ? null : input.note().trim();
        validation.check(note == null || note.length() <= MAX_NOTE, "note", "too-long", "The note must be at most 500 characters.");
        validation.check(note == null || note.indexOf('\u0000') < 0, "note", "invalid", "The note must not contain NUL characters.");
        validation.throwIfAny();

        MunicipalContribution existing = MunicipalContribution.findById(year);
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                // If-Match names a representation, and this year has none (RFC 9110: 412).
                throw ApiProblem.stale();
            }
            return new Outcome(create(year, amount, note), true);
        }
        ETags.requireMatch(ifMatch, existing.version);
        Map<String, Object> before = auditView(existing);
        existing.amountNok = amount;
        existing.note = note;
        var changes = Changes.between(before, auditView(existing));
        if (!changes.isEmpty()) {
            existing.updatedAt = Instant.now();
            audit.record("update", AUDIT_ENTITY, year, changes);
        }
        existing.persistAndFlush();
        return new Outcome(existing, false);
    }

    /** Inserts the year's contribution; when another request created it first, this one is stale. */
    private MunicipalContribution create(int year, long amount, String note) {
        int inserted = Panache.getEntityManager().createNativeQuery("""
                INSERT INTO municipal_contribution (year, amount_nok, note, version, updated_at)
                VALUES (?1, ?2, ?3, 0, ?4) ON CONFLICT (year) DO NOTHING""")
                .setParameter(1, year).setParameter(2, amount).setParameter(3, note).setParameter(4, Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            throw ApiProblem.stale();
        }
        MunicipalContribution created = MunicipalContribution.findById(year);
        audit.record("create", AUDIT_ENTITY, year, Changes.created(auditView(created)));
        return created;
    }

    private static Map<String, Object> auditView(MunicipalContribution contribution) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("amountNok", contribution.amountNok);
        view.put("note", contribution.note);
        return view;
    }

    /**
     * Active partners that consent to being listed and have a signed-or-later agreement for the
     * year, highest tier band first, then by name.
     */
    @Transactional
    public PublicPartnerList publicPartners(String yearParam) {
        int year = year(yearParam);
        List<Object[]> rows = Panache.getEntityManager().createQuery("""
                select distinct p.id, p.name, p.logoUrl, p.website, p.sector, t.name, t.minNok
                from Agreement a join a.partner p join a.tier t
                where a.year = :year and a.status in :committed and p.status = :active and p.publicListingConsent = true""",
                Object[].class)
                .setParameter("year", year).setParameter("committed", Agreements.COMMITTED)
                .setParameter("active", Partner.ACTIVE).getResultList();
        List<PublicPartner> items = rows.stream()
                .sorted(Comparator.<Object[]>comparingLong(r -> -(Long) r[6])
                        .thenComparing(r -> (String) r[1], FinancingArithmetic.BY_NAME))
                .map(r -> new PublicPartner((String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
        return new PublicPartnerList(year, items);
    }

    /** The year asked for (2000-2100), or the current year in Norway; a bad one is a 400 naming {@code year}. */
    static int year(String value) {
        Validation validation = new Validation();
        Integer year = value == null || value.isBlank() ? Integer.valueOf(OsloTime.currentYear())
                : checkedYear(validation, value);
        validation.throwIfAny();
        return year;
    }

    private static Integer checkedYear(Validation validation, String value) {
        Integer year = QueryParams.year(validation, "year", value);
        if (year == null && !validation.has("year")) {
            validation.add("year", "required", "year is required.");
        } else if (year != null && (year < Agreements.FIRST_YEAR || year > Agreements.LAST_YEAR)) {
            validation.add("year", "out-of-range", "year must be between " + Agreements.FIRST_YEAR + " and "
                    + Agreements.LAST_YEAR + ".");
            return null;
        }
        return year;
    }
}
