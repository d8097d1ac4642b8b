package no.kongsberg.vekst.partners;

import no.kongsberg.vekst.platform.OrganisationNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/** Partner organisations: registration, the staff's edits, a partner user's own profile edits, search. */
@ApplicationScoped
public class PartnerService {

    public static final String AUDIT_ENTITY = "partner";

    private final PartnerAccess access;
    private final MunicipalityService municipalities;
    private final AuditService audit;

    public PartnerService(PartnerAccess access, MunicipalityService municipalities, AuditService audit) {
        this.access = access;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /** What staff send: every field. */
    public record Details(String organisationNumber, String name, String sector, String sizeBand, String address,
            String postalCode, String postalPlace, String municipality, String website, String logoUrl, String status,
            Boolean publicListingConsent, LocalDate publicListingConsentDate, String notes) {
    }

    /** What a partner user may change of its own organisation. */
    public record Profile(String name, String sizeBand, String address, String postalCode, String postalPlace,
            String website, String logoUrl, Boolean publicListingConsent) {
    }

    public record Filter(String text, String sector, String status, String municipality, Integer agreementYear) {
    }

    @Transactional
    public PageRequest.Page<Partner> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .and("id = :own", "own", access.confinedTo().orElse(null))
                .and("publicListingConsent = :listed", "listed", access.publicOnly() ? Boolean.TRUE : null)
                .contains(filter.text(), "text", "name", "organisationNumber")
                .and("sector = :sector", "sector", filter.sector())
                .and("status = :status", "status", filter.status())
                .and("municipality = :municipality", "municipality", filter.municipality() == null ? null
                        : municipalities.findByAnyCode(filter.municipality()).map(m -> m.code).orElse(filter.municipality()))
                .and("id in (select a.partner.id from Agreement a where a.year = :year and a.status <> 'cancelled')",
                        "year", filter.agreementYear());
        var found = Partner.find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    /** Every match, for the CSV export (staff only). */
    @Transactional
    public List<Partner> all(Filter filter, io.quarkus.panache.common.Sort sort) {
        return search(filter, new PageRequest(0, Integer.MAX_VALUE, sort)).items();
    }

    @Transactional
    public Partner get(UUID id) {
        return access.visible(id);
    }

    @Transactional
    public Partner create(Details details) {
        Validation validation = new Validation();
        String municipality = check(validation, details);
        validation.throwIfAny();
        requireUniqueNumber(details.organisationNumber(), null);
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.createdAt = Instant.now();
        partner.updatedAt = partner.createdAt;
        apply(partner, details, municipality);
        partner.persist();
        audit.record("create", AUDIT_ENTITY, partner.id, Changes.created(partner.auditView()));
        return partner;
    }

    @Transactional
    public Partner update(UUID id, String ifMatch, Details details) {
        Partner partner = access.visible(id);
        ETags.requireMatch(ifMatch, partner.version);
        Validation validation = new Validation();
        String municipality = check(validation, details);
        validation.throwIfAny();
        requireUniqueNumber(details.organisationNumber(), id);
        Map<String, Object> before = partner.auditView();
        apply(partner, details, municipality);
        return recordUpdate(partner, before);
    }

    @Transactional
    public Partner updateProfile(UUID id, String ifMatch, Profile profile) {
        Partner partner = access.visible(id);
        ETags.requireMatch(ifMatch, partner.version);
        Details details = new Details(partner.organisationNumber, profile.name(), partner.sector, profile.sizeBand(),
                profile.address(), profile.postalCode(), profile.postalPlace(), partner.municipality, profile.website(),
                profile.logoUrl(), partner.status, profile.publicListingConsent(), null, partner.notes);
        Validation validation = new Validation();
        String municipality = check(validation, details);
        validation.throwIfAny();
        Map<String, Object> before = partner.auditView();
        apply(partner, details, municipality);
        return recordUpdate(partner, before);
    }

    private Partner recordUpdate(Partner partner, Map<String, Object> before) {
        var changes = Changes.between(before, partner.auditView());
        if (!changes.isEmpty()) {
            partner.updatedAt = Instant.now();
            audit.record("update", AUDIT_ENTITY, partner.id, changes);
        }
        partner.persistAndFlush();
        return partner;
    }

    private static void requireUniqueNumber(String number, UUID self) {
        Partner other = Partner.find("organisationNumber", number).firstResult();
        if (other != null && !other.id.equals(self)) {
            throw ApiProblem.conflict("organisationNumber", "duplicate",
                    "A partner with the organisation number " + number + " is already registered (" + other.name + ").");
        }
    }

    private static void apply(Partner partner, Details details, String municipality) {
        LocalDate today = LocalDate.now();
        partner.organisationNumber = details.organisationNumber();
        partner.name = details.name().trim();
        partner.sector = details.sector();
        partner.sizeBand = details.sizeBand();
        partner.address = trimToNull(details.address());
        partner.postalCode = trimToNull(details.postalCode());
        partner.postalPlace = trimToNull(details.postalPlace());
        partner.municipality = municipality;
        partner.website = trimToNull(details.website());
        partner.logoUrl = trimToNull(details.logoUrl());
        if (!Partner.FORMER.equals(details.status())) {
            partner.formerSince = null;
        } else if (!Partner.FORMER.equals(partner.status)) {
            partner.formerSince = today;
        }
        partner.status = details.status();
        boolean consent = details.publicListingConsent();
        if (details.publicListingConsentDate() != null) {
            partner.publicListingConsentDate = details.publicListingConsentDate();
        } else if (consent != partner.publicListingConsent) {
            partner.publicListingConsentDate = today;
        }
        partner.publicListingConsent = consent;
        partner.notes = trimToNull(details.notes());
    }

    /** Checks every field; returns the municipality's current code (any code it has had is accepted). */
    private String check(Validation validation, Details d) {
        String number = d.organisationNumber();
        if (!OrganisationNumbers.isWellFormed(number)) {
            validation.add("organisationNumber", "invalid", "The organisation number must be nine digits.");
        } else if (!OrganisationNumbers.isValid(number)) {
            validation.add("organisationNumber", "invalid-check-digit",
                    "The organisation number's check digit (mod 11) is wrong: check for a typing error.");
        }
        validation.check(d.name() != null && !d.name().isBlank() && d.name().trim().length() <= 200, "name", "required",
                "A name of 1-200 characters is required.");
        validation.check(d.sector() != null && Partner.SECTORS.contains(d.sector()), "sector", "unknown-value",
                "Sectors are " + String.join(", ", Partner.SECTORS) + ".");
        validation.check(d.sizeBand() == null || Partner.SIZE_BANDS.contains(d.sizeBand()), "sizeBand", "unknown-value",
                "Size bands are " + String.join(", ", Partner.SIZE_BANDS) + ".");
        validation.check(d.status() != null && Partner.STATUSES.contains(d.status()), "status", "unknown-value",
                "Statuses are " + String.join(", ", Partner.STATUSES) + ".");
        validation.check(d.publicListingConsent() != null, "publicListingConsent", "required", "Say whether the partner consents to public listing.");
        validation.check(d.postalCode() == null || d.postalCode().isBlank() || d.postalCode().trim().matches("[0-9]{4}"),
                "postalCode", "invalid", "A postal code is four digits.");
        checkLength(validation, "address", d.address(), 200);
        checkLength(validation, "postalPlace", d.postalPlace(), 100);
        checkLength(validation, "notes", d.notes(), 4000);
        checkWebAddress(validation, "website", d.website());
        checkWebAddress(validation, "logoUrl", d.logoUrl());
        if (d.municipality() == null || d.municipality().isBlank()) {
            return null;
        }
        return municipalities.findByAnyCode(d.municipality().trim()).map(m -> m.code).orElseGet(() -> {
            validation.add("municipality", "unknown-municipality", "No municipality has or had the code " + d.municipality() + ".");
            return null;
        });
    }

    static void checkLength(Validation validation, String field, String value, int max) {
        validation.check(value == null || value.trim().length() <= max, field, "too-long", "At most " + max + " characters.");
    }

    private static void checkWebAddress(Validation validation, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean ok;
        try {
            URI uri = new URI(value.trim());
            ok = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && value.trim().length() <= 500;
        } catch (java.net.URISyntaxException e) {
            ok = false;
        }
        validation.check(ok, field, "invalid", "A web address starting with https:// (or http://), at most 500 characters.");
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
