package no.kongsberg.vekst.partners;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.auth.AppUser;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.Constraints;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.Validation;

/**
 * Yearly agreements and their rules: the tier's band (admins may override, with a reason), one
 * agreement per partner and year unless cancelled, status moves only forward or to cancelled,
 * amounts locked once signed, renewal to the next year as a draft.
 */
@ApplicationScoped
public class AgreementService {

    static final String AUDIT_ENTITY = "agreement";

    private final PartnerAccess access;
    private final AuditService audit;
    private final SecurityIdentity identity;

    public AgreementService(PartnerAccess access, AuditService audit, SecurityIdentity identity) {
        this.access = access;
        this.audit = audit;
        this.identity = identity;
    }

    public record Terms(Integer year, String tierKey, Long cashNok, Long inKindNok, String inKindDescription,
            String benefits, String bandOverrideReason) {
    }

    public record Move(String to, String reason, String invoiceReference) {
    }

    @Transactional
    public List<Agreement> list(UUID partnerId) {
        access.visible(partnerId);
        return Agreement.list("partner.id = ?1 order by year desc, createdAt desc", partnerId);
    }

    @Transactional
    public Agreement get(UUID partnerId, UUID agreementId) {
        access.visible(partnerId);
        Agreement agreement = Agreement.findById(agreementId);
        if (agreement == null || !agreement.partner.id.equals(partnerId)) {
            throw ApiProblem.notFound("The partner has no agreement with the id " + agreementId + ".");
        }
        // The partner is already loaded (access.visible), so the agreement's partner needs no extra read.
        return agreement;
    }

    @Transactional
    public Agreement create(UUID partnerId, Terms terms) {
        Partner partner = access.visible(partnerId);
        PartnerTier tier = check(terms);
        requireFreeYear(partner.id, terms.year(), null);
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.partner = partner;
        agreement.status = Agreements.DRAFT;
        agreement.createdAt = Instant.now();
        apply(agreement, terms, tier);
        agreement.steps.add(new AgreementStep(Agreements.DRAFT, agreement.createdAt, actorName()));
        persistGuardingTheYear(agreement);
        audit.record("create", AUDIT_ENTITY, agreement.id, Changes.created(agreement.auditView()));
        return agreement;
    }

    @Transactional
    public Agreement update(UUID partnerId, UUID agreementId, String ifMatch, Terms terms) {
        Agreement agreement = get(partnerId, agreementId);
        ETags.requireMatch(ifMatch, agreement.version);
        if (!Agreements.EDITABLE.contains(agreement.status)) {
            throw ApiProblem.conflict("status", "locked", "A " + agreement.status
                    + " agreement cannot change; cancel it and draft a new one if the terms changed.");
        }
        PartnerTier tier = check(terms);
        requireFreeYear(partnerId, terms.year(), agreement.id);
        Map<String, Object> before = agreement.auditView();
        apply(agreement, terms, tier);
        var changes = Changes.between(before, agreement.auditView());
        if (!changes.isEmpty()) {
            audit.record(terms.bandOverrideReason() != null && !terms.bandOverrideReason().isBlank() ? "band-override" : "update",
                    AUDIT_ENTITY, agreement.id, changes);
        }
        persistGuardingTheYear(agreement);
        return agreement;
    }

    @Transactional
    public Agreement move(UUID partnerId, UUID agreementId, String ifMatch, Move move) {
        Agreement agreement = get(partnerId, agreementId);
        ETags.requireMatch(ifMatch, agreement.version);
        Validation validation = new Validation();
        String to = move.to();
        boolean known = to != null && (Agreements.PATH.contains(to) || Agreements.CANCELLED.equals(to)) && !Agreements.DRAFT.equals(to);
        validation.check(known, "to", "unknown-value", "Move to sent, signed, invoiced, paid or cancelled.");
        boolean cancelling = Agreements.CANCELLED.equals(to);
        validation.check(!cancelling || move.reason() != null && !move.reason().isBlank(), "reason", "required",
                "Say why the agreement is cancelled.");
        validation.check(cancelling || move.reason() == null, "reason", "not-allowed", "A reason goes with cancelling only.");
        validation.check(Agreements.INVOICED.equals(to) || move.invoiceReference() == null, "invoiceReference", "not-allowed",
                "The invoice reference goes with the move to invoiced.");
        PartnerService.checkLength(validation, "reason", move.reason(), 1000);
        PartnerService.checkLength(validation, "invoiceReference", move.invoiceReference(), 100);
        validation.throwIfAny();
        if (!Agreements.mayMove(agreement.status, to)) {
            List<String> options = new java.util.ArrayList<>();
            Agreements.next(agreement.status).ifPresent(options::add);
            if (Agreements.mayMove(agreement.status, Agreements.CANCELLED)) {
                options.add(Agreements.CANCELLED);
            }
            throw ApiProblem.conflict("to", "invalid-transition", "A " + agreement.status + " agreement cannot move to " + to
                    + (options.isEmpty() ? "; it is final." : "; it can move to " + String.join(" or ", options) + "."));
        }
        Map<String, Object> before = agreement.auditView();
        Instant now = Instant.now();
        agreement.status = to;
        if (cancelling) {
            agreement.cancelReason = move.reason().trim();
        }
        if (move.invoiceReference() != null && !move.invoiceReference().isBlank()) {
            agreement.invoiceReference = move.invoiceReference().trim();
        }
        agreement.steps.add(new AgreementStep(to, now, actorName()));
        agreement.updatedAt = now;
        audit.record(cancelling ? "cancel" : "status-change", AUDIT_ENTITY, agreement.id, Changes.between(before, agreement.auditView()));
        agreement.persistAndFlush();
        return agreement;
    }

    /** Copies the agreement to the next year as a draft, in the same tier. */
    @Transactional
    public Agreement renew(UUID partnerId, UUID agreementId) {
        Agreement source = get(partnerId, agreementId);
        int year = source.year + 1;
        if (year > Agreements.LAST_YEAR) {
            throw ApiProblem.conflict("year", "out-of-range", "Agreements run to " + Agreements.LAST_YEAR + ".");
        }
        if (!source.tier.admits(source.totalNok()) && source.bandOverrideReason == null) {
            throw ApiProblem.conflict("tierKey", "outside-band", "The amounts no longer fit the tier " + source.tier.name
                    + "; draft next year's agreement by hand.");
        }
        requireFreeYear(partnerId, year, null);
        Agreement copy = new Agreement();
        copy.id = UUID.randomUUID();
        copy.partner = source.partner;
        copy.year = year;
        copy.tier = source.tier;
        copy.cashNok = source.cashNok;
        copy.inKindNok = source.inKindNok;
        copy.inKindDescription = source.inKindDescription;
        copy.benefits = source.benefits;
        copy.bandOverrideReason = source.bandOverrideReason;
        copy.bandOverrideBy = source.bandOverrideBy;
        copy.bandOverrideAt = source.bandOverrideAt;
        copy.status = Agreements.DRAFT;
        copy.createdAt = Instant.now();
        copy.updatedAt = copy.createdAt;
        copy.steps.add(new AgreementStep(Agreements.DRAFT, copy.createdAt, actorName()));
        persistGuardingTheYear(copy);
        Map<String, Object> view = new java.util.LinkedHashMap<>(copy.auditView());
        view.put("renewedFrom", source.id.toString());
        audit.record("renew", AUDIT_ENTITY, copy.id, Changes.created(view));
        return copy;
    }

    private void apply(Agreement agreement, Terms terms, PartnerTier tier) {
        agreement.year = terms.year();
        agreement.tier = tier;
        agreement.cashNok = terms.cashNok();
        agreement.inKindNok = terms.inKindNok();
        agreement.inKindDescription = PartnerService.trimToNull(terms.inKindDescription());
        agreement.benefits = PartnerService.trimToNull(terms.benefits());
        String override = PartnerService.trimToNull(terms.bandOverrideReason());
        if (override == null || tier.admits(agreement.totalNok())) {
            agreement.bandOverrideReason = null;
            agreement.bandOverrideBy = null;
            agreement.bandOverrideAt = null;
        } else if (!override.equals(agreement.bandOverrideReason)) {
            agreement.bandOverrideReason = override;
            agreement.bandOverrideBy = actorName();
            agreement.bandOverrideAt = Instant.now();
        }
        agreement.updatedAt = Instant.now();
    }

    /** Checks the terms; returns the tier. */
    private PartnerTier check(Terms t) {
        Validation validation = new Validation();
        validation.check(t.year() != null && t.year() >= Agreements.FIRST_YEAR && t.year() <= Agreements.LAST_YEAR, "year",
                "out-of-range", "The year must be between " + Agreements.FIRST_YEAR + " and " + Agreements.LAST_YEAR + ".");
        validation.check(t.cashNok() != null && t.cashNok() >= 0, "cashNok", "out-of-range", "Cash is 0 or more whole kroner.");
        validation.check(t.inKindNok() != null && t.inKindNok() >= 0, "inKindNok", "out-of-range",
                "In-kind value is 0 or more whole kroner.");
        PartnerTier tier = t.tierKey() == null ? null : PartnerTier.findById(t.tierKey());
        validation.check(tier != null, "tierKey", "unknown-tier", "No tier has the key " + t.tierKey() + ".");
        PartnerService.checkLength(validation, "inKindDescription", t.inKindDescription(), 1000);
        PartnerService.checkLength(validation, "benefits", t.benefits(), 4000);
        PartnerService.checkLength(validation, "bandOverrideReason", t.bandOverrideReason(), 1000);
        boolean override = t.bandOverrideReason() != null && !t.bandOverrideReason().isBlank();
        validation.check(!override || identity.hasRole(Roles.ADMIN), "bandOverrideReason", "admin-only",
                "Only an admin can accept amounts outside the tier's band.");
        if (!validation.has("cashNok") && !validation.has("inKindNok")) {
            long total = t.cashNok() + t.inKindNok();
            validation.check(total > 0, "cashNok", "required", "An agreement needs cash, in-kind value or both.");
            validation.check(t.inKindNok() == 0 || t.inKindDescription() != null && !t.inKindDescription().isBlank(),
                    "inKindDescription", "required", "Describe the goods or services given in kind.");
            if (tier != null && total > 0 && !tier.admits(total) && !override) {
                validation.add("cashNok", "outside-band", "Cash + in-kind (NOK " + total + ") is outside the tier " + tier.name
                        + " (NOK " + tier.minNok + "-" + tier.maxNok + "). Choose another tier, or an admin can override with a reason.");
            }
        }
        validation.throwIfAny();
        return tier;
    }

    private static void requireFreeYear(UUID partnerId, int year, UUID self) {
        long others = Agreement.count("partner.id = ?1 and year = ?2 and status <> 'cancelled' and id <> ?3", partnerId, year,
                self == null ? new UUID(0, 0) : self);
        if (others > 0) {
            throw duplicateYear(year);
        }
    }

    private static ApiProblem duplicateYear(int year) {
        return ApiProblem.conflict("year", "duplicate-year", "The partner already has an agreement for " + year
                + "; cancel it first to draft another.");
    }

    /** Two editors drafting the same partner's year at once: the database's unique index decides. */
    private static void persistGuardingTheYear(Agreement agreement) {
        try {
            agreement.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "agreement_one_per_partner_year")) {
                throw duplicateYear(agreement.year);
            }
            throw e;
        }
    }

    private String actorName() {
        if (identity == null || identity.isAnonymous()) {
            return "Vekst";
        }
        return AppUser.findByUsername(identity.getPrincipal().getName()).map(u -> u.displayName).orElse(identity.getPrincipal().getName());
    }
}
