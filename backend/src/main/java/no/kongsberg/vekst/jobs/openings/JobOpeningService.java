package no.kongsberg.vekst.jobs.openings;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerAccess;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OrganisationNumbers;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/**
 * Job openings posted by staff and partner users: the rules of the form, who may see and change
 * which (a partner user its own organisation's only; another's answers 404), and the expiry of
 * openings past their deadline. The job feed's openings are changed by the feed only.
 */
@ApplicationScoped
public class JobOpeningService {

    static final String AUDIT_ENTITY = "job-opening";
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION_INPUT = 20_000;
    static final int MAX_DESCRIPTION_STORED = 40_000;
    static final int MAX_POSITIONS = 10_000;

    private final PartnerAccess access;
    private final MunicipalityService municipalities;
    private final AuditService audit;
    private final SecurityIdentity identity;

    public JobOpeningService(PartnerAccess access, MunicipalityService municipalities, AuditService audit,
            SecurityIdentity identity) {
        this.access = access;
        this.municipalities = municipalities;
        this.audit = audit;
        this.identity = identity;
    }

    /** The form's fields, as given; {@code employerOrganisationNumber} and {@code employerName} may be absent for a partner user. */
    public record Details(String title, boolean employerGiven, String employerOrganisationNumber, String employerName,
            String municipality, String address, String postalCode, String city, String category, String employmentType,
            Integer positions, LocalDate startDate, LocalDate applicationDeadline, String link, String description,
            String status) {
    }

    /** The list's filters; {@code status} `expired` and `published` follow the deadline, not only the stored status. */
    public record Filter(String text, String status, String source, String municipalityCode, String category, UUID partner) {
    }

    @Transactional
    public PageRequest.Page<JobOpening> search(Filter filter, PageRequest page) {
        LocalDate today = OsloTime.today();
        Where where = new Where()
                .contains(filter.text(), "text", "title", "employerName", "coalesce(employerOrgNumber, '')")
                .and("source = :source", "source", filter.source())
                .and("lower(category) = :category", "category", lower(filter.category()))
                .and("partner.id = :partner", "partner", filter.partner())
                .and("partner.id = :own", "own", access.confinedTo().orElse(null));
        inMunicipality(where, filter.municipalityCode());
        statusCondition(where, filter.status(), today);
        var found = JobOpening.<JobOpening>find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    /** `published` and `expired` as shown: by the deadline as of today, whatever the nightly job has stored yet. */
    private static void statusCondition(Where where, String status, LocalDate today) {
        if (JobOpening.PUBLISHED.equals(status)) {
            where.and("status = 'published' and applicationDeadline >= :today", "today", today);
        } else if (JobOpening.EXPIRED.equals(status)) {
            where.and("(status = 'expired' or (status = 'published' and applicationDeadline < :today))", "today", today);
        } else {
            where.and("status = :status", "status", status);
        }
    }

    /** The opening, if this caller may see it; otherwise 404. */
    @Transactional
    public JobOpening get(UUID id) {
        JobOpening opening = JobOpening.findById(id);
        Optional<UUID> own = access.confinedTo();
        if (opening == null || own.isPresent() && (opening.partner == null || !own.get().equals(opening.partner.id))) {
            throw ApiProblem.notFound("No job opening has the id " + id + ".");
        }
        return opening;
    }

    @Transactional
    public JobOpening create(Details details) {
        Optional<Partner> ownPartner = access.confinedTo().map(id -> Partner.<Partner>findById(id));
        Checked checked = check(details, ownPartner.orElse(null));
        JobOpening opening = new JobOpening();
        opening.id = UUID.randomUUID();
        opening.source = ownPartner.isPresent() ? JobOpening.PARTNER : JobOpening.MANUAL;
        opening.createdBy = identity.getPrincipal().getName();
        opening.createdAt = Instant.now();
        opening.updatedAt = opening.createdAt;
        apply(opening, checked);
        opening.persist();
        audit.record("create", AUDIT_ENTITY, opening.id, Changes.created(opening.auditView()));
        return opening;
    }

    @Transactional
    public JobOpening update(UUID id, String ifMatch, Details details) {
        JobOpening opening = changeable(id, ifMatch);
        Partner ownPartner = access.confinedTo().map(own -> Partner.<Partner>findById(own)).orElse(null);
        Checked checked = check(details, ownPartner);
        Map<String, Object> before = opening.auditView();
        apply(opening, checked);
        if (audit.recordUpdate(AUDIT_ENTITY, opening.id, before, opening.auditView())) {
            opening.updatedAt = Instant.now();
        }
        opening.persistAndFlush();
        return opening;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        JobOpening opening = changeable(id, ifMatch);
        audit.record("delete", AUDIT_ENTITY, opening.id, Changes.deleted(opening.auditView()));
        opening.delete();
    }

    /** The categories in use with how many openings have each; a partner user sees those of open openings and its own. */
    @Transactional
    public List<CategoryCount> categories() {
        Optional<UUID> own = access.confinedTo();
        String visible = own.isEmpty() ? "" : " and ((o.status = 'published' and o.applicationDeadline >= :today) or o.partner.id = :own)";
        var query = JobOpening.getEntityManager().createQuery("select o.category, count(o) from JobOpening o where o.category is not null"
                + visible + " group by o.category order by lower(o.category), o.category", Object[].class);
        own.ifPresent(partner -> query.setParameter("today", OsloTime.today()).setParameter("own", partner));
        return query.getResultList().stream().map(row -> new CategoryCount((String) row[0], (Long) row[1])).toList();
    }

    public record CategoryCount(String category, long openings) {
    }

    /** The filters of the public list and summary: a municipality (any code it has had) and a category. */
    public record PublicFilter(String municipalityCode, String category) {
    }

    /** Published openings whose deadline has not passed, newest first. */
    @Transactional
    public PageRequest.Page<JobOpening> open(PublicFilter filter, PageRequest page) {
        Where where = openWhere(filter);
        var found = JobOpening.<JobOpening>find(where.query() + " order by publishedAt desc nulls last, createdAt desc, id",
                where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    /** What the website widget shows: how many open openings and positions, by category (most first), and the newest few. */
    public record OpenSummary(Municipality municipality, long openings, long positions, List<OpenCategory> byCategory,
            List<JobOpening> newest) {
    }

    public record OpenCategory(String category, long openings, long positions) {
    }

    @Transactional
    public OpenSummary openSummary(String municipalityCode, int newest) {
        Municipality municipality = municipalityCode == null ? null : municipality(municipalityCode);
        Where where = openWhere(new PublicFilter(municipalityCode, null));
        var query = JobOpening.getEntityManager().createQuery("select category, count(*), sum(positions) from JobOpening where "
                + where.query() + " group by category order by count(*) desc, category nulls last", Object[].class);
        where.parameters().map().forEach(query::setParameter);
        List<OpenCategory> byCategory = query.getResultList().stream()
                .map(row -> new OpenCategory((String) row[0], (Long) row[1], (Long) row[2])).toList();
        long openings = byCategory.stream().mapToLong(OpenCategory::openings).sum();
        long positions = byCategory.stream().mapToLong(OpenCategory::positions).sum();
        List<JobOpening> latest = open(new PublicFilter(municipalityCode, null), new PageRequest(0, newest, null)).items();
        return new OpenSummary(municipality, openings, positions, byCategory, latest);
    }

    private Where openWhere(PublicFilter filter) {
        Where where = new Where().and("status = 'published' and applicationDeadline >= :today", "today", OsloTime.today())
                .and("lower(category) = :category", "category", lower(filter.category()));
        inMunicipality(where, filter.municipalityCode());
        return where;
    }

    /** The municipality by any code it has had; a code no place has had is a 400. */
    private void inMunicipality(Where where, String code) {
        if (code != null) {
            where.and("municipality.id = :municipality", "municipality", municipality(code).id);
        }
    }

    private Municipality municipality(String code) {
        return municipalities.findByAnyCode(code).orElseThrow(() -> ApiProblem.invalid("municipality", "unknown-municipality",
                "No municipality has had the code " + code + "."));
    }

    /** Stores `expired` on the published openings whose deadline is before {@code today}; how many. */
    @Transactional
    public int expireDue(LocalDate today) {
        return JobOpening.update("status = 'expired', updatedAt = :now, version = version + 1 where status = 'published' "
                + "and applicationDeadline < :today", Parameters.with("now", Instant.now()).and("today", today));
    }

    private JobOpening changeable(UUID id, String ifMatch) {
        JobOpening opening = get(id);
        if (opening.fromFeed()) {
            throw ApiProblem.conflict("source", "feed-owned",
                    "This opening comes from the job feed and is changed there; the next import would undo a change made here.");
        }
        ETags.requireMatch(ifMatch, opening.version);
        return opening;
    }

    /** The details, checked, with what they refer to. */
    private record Checked(Details details, String organisationNumber, String employerName, Municipality municipality,
            String description, String status) {
    }

    private Checked check(Details d, Partner ownPartner) {
        Validation validation = new Validation();
        validation.text("title", d.title(), MAX_TITLE, true);
        String organisationNumber;
        String employerName;
        if (ownPartner != null) {
            organisationNumber = ownPartner.organisationNumber;
            validation.check(d.employerOrganisationNumber() == null || d.employerOrganisationNumber().equals(organisationNumber),
                    "employer.organisationNumber", "not-own-organisation",
                    "A partner user posts openings for its own organisation (" + organisationNumber + ") only.");
            validation.text("employer.name", d.employerName(), 200, false);
            employerName = d.employerName() == null || d.employerName().isBlank() ? ownPartner.name : d.employerName().trim();
        } else {
            validation.check(d.employerGiven(), "employer", "required", "The employer is required.");
            if (d.employerGiven()) {
                validation.text("employer.name", d.employerName(), 200, true);
                checkOrganisationNumber(validation, "employer.organisationNumber", d.employerOrganisationNumber());
            }
            organisationNumber = Validation.trimmed(d.employerOrganisationNumber());
            employerName = Validation.trimmed(d.employerName());
        }
        Municipality municipality = null;
        if (d.municipality() == null || d.municipality().isBlank()) {
            validation.add("municipality", "required", "The workplace's municipality is required.");
        } else {
            municipality = municipalities.findByAnyCode(d.municipality()).orElse(null);
            validation.check(municipality != null, "municipality", "unknown-municipality",
                    "No municipality has the code " + d.municipality() + ".");
        }
        validation.text("address", d.address(), 200, false);
        validation.check(d.postalCode() == null || d.postalCode().matches("[0-9]{4}"), "postalCode", "invalid",
                "A postal code has four digits.");
        validation.text("city", d.city(), 100, false);
        validation.text("category", d.category(), 100, false);
        validation.check(d.employmentType() == null || JobOpening.EMPLOYMENT_TYPES.contains(d.employmentType()),
                "employmentType", "unknown-value", "Employment types are " + String.join(", ", JobOpening.EMPLOYMENT_TYPES) + ".");
        validation.check(d.positions() == null || d.positions() >= 1 && d.positions() <= MAX_POSITIONS, "positions",
                "out-of-range", "Positions are 1-" + MAX_POSITIONS + ".");
        validation.plausibleDate("startDate", d.startDate());
        validation.check(d.applicationDeadline() != null, "applicationDeadline", "required", "The application deadline is required.");
        validation.plausibleDate("applicationDeadline", d.applicationDeadline());
        checkLink(validation, d.link());
        validation.check(d.description() == null || d.description().length() <= MAX_DESCRIPTION_INPUT, "description",
                "too-long", "At most " + MAX_DESCRIPTION_INPUT + " characters.");
        validation.check(d.description() == null || d.description().indexOf('\0') < 0, "description", "invalid",
                "The text contains a NUL character.");
        String status = d.status() == null ? JobOpening.DRAFT : d.status();
        if (JobOpening.EXPIRED.equals(status)) {
            validation.add("status", "not-settable", "An opening expires by itself when its deadline has passed.");
        } else {
            validation.check(JobOpening.SETTABLE_STATUSES.contains(status), "status", "unknown-value",
                    "The status is one of " + String.join(", ", JobOpening.SETTABLE_STATUSES) + ".");
        }
        validation.check(!JobOpening.PUBLISHED.equals(status) || d.applicationDeadline() == null
                || !d.applicationDeadline().isBefore(OsloTime.today()), "applicationDeadline", "deadline-passed",
                "An opening whose deadline has passed cannot be published; set a later deadline or save it as a draft.");
        String description = validation.has("description") ? null : Descriptions.sanitise(d.description());
        validation.check(description == null || description.length() <= MAX_DESCRIPTION_STORED, "description", "too-long",
                "The description is too long once its markup is made safe.");
        validation.throwIfAny();
        return new Checked(d, organisationNumber, employerName, municipality, description, status);
    }

    static void checkOrganisationNumber(Validation validation, String field, String number) {
        if (number == null) {
            return;
        }
        validation.check(OrganisationNumbers.isWellFormed(number), field, "invalid", "An organisation number has nine digits.");
        validation.check(!OrganisationNumbers.isWellFormed(number) || OrganisationNumbers.isValid(number), field,
                "invalid-organisation-number", "The organisation number's check digit (mod 11) does not match.");
    }

    private static void checkLink(Validation validation, String link) {
        if (link == null || link.isBlank()) {
            return;
        }
        validation.check(link.length() <= 500, "link", "too-long", "At most 500 characters.");
        validation.check(isWebAddress(link), "link", "invalid-url", "The link is a web address starting with http:// or https://.");
    }

    static boolean isWebAddress(String link) {
        if (!link.matches("https?://\\S+")) {
            return false;
        }
        try {
            return URI.create(link).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void apply(JobOpening opening, Checked checked) {
        Details d = checked.details();
        opening.title = d.title().trim();
        opening.employerOrgNumber = checked.organisationNumber();
        opening.employerName = checked.employerName();
        opening.partner = partnerWith(checked.organisationNumber());
        opening.municipality = checked.municipality();
        opening.address = Validation.trimmed(d.address());
        opening.postalCode = d.postalCode();
        opening.city = Validation.trimmed(d.city());
        opening.category = Validation.trimmed(d.category());
        opening.employmentType = d.employmentType();
        opening.positions = d.positions() == null ? 1 : d.positions();
        opening.startDate = d.startDate();
        opening.applicationDeadline = d.applicationDeadline();
        opening.link = Validation.trimmed(d.link());
        opening.description = checked.description();
        setStatus(opening, checked.status());
    }

    /** The status, and when it was first published (again after a withdrawal). */
    static void setStatus(JobOpening opening, String status) {
        if (JobOpening.PUBLISHED.equals(status) && !JobOpening.PUBLISHED.equals(opening.status)) {
            opening.publishedAt = Instant.now();
        }
        opening.status = status;
    }

    /** The partner with this organisation number, if any. */
    static Partner partnerWith(String organisationNumber) {
        return organisationNumber == null ? null
                : Partner.<Partner>find("organisationNumber", organisationNumber).firstResultOptional().orElse(null);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
    }
}
