package no.kongsberg.vekst.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/** The programme's events: registration, edits, the partners taking part, search by period, focus area, partner and text. */
@ApplicationScoped
public class EventService {

    static final String AUDIT_ENTITY = "event";
    static final int MAX_PARTNERS = 100;
    static final int MAX_ATTENDEES = 1_000_000;

    private final AuditService audit;

    public EventService(AuditService audit) {
        this.audit = audit;
    }

    public record Details(String name, LocalDate date, LocalDate endDate, String place, String focusArea, String description,
            Integer attendees, List<UUID> partnerIds, String notes) {
    }

    /** {@code from} and {@code to} select the events that take place (on any of their days) within the period. */
    public record Filter(LocalDate from, LocalDate to, String text, String focusArea, UUID partner) {
    }

    @Transactional
    public PageRequest.Page<ProgrammeEvent> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .and("coalesce(endDate, date) >= :from", "from", filter.from())
                .and("date <= :to", "to", filter.to())
                .contains(filter.text(), "text", "name", "place", "description")
                .and("focusArea = :focusArea", "focusArea", filter.focusArea())
                .and("id in (select e.id from ProgrammeEvent e join e.partners p where p.id = :partner)", "partner",
                        filter.partner());
        var found = ProgrammeEvent.<ProgrammeEvent>find(where.query(), page.sort(), where.parameters());
        return page.page(found.page(page.page(), page.size()).list(), found.count());
    }

    /** The events that began from {@code from} to {@code to}, by date and name. */
    @Transactional
    public List<ProgrammeEvent> heldBetween(LocalDate from, LocalDate to) {
        return ProgrammeEvent.list("date between ?1 and ?2 order by date, name, id", from, to);
    }

    @Transactional
    public ProgrammeEvent get(UUID id) {
        ProgrammeEvent event = ProgrammeEvent.findById(id);
        if (event == null) {
            throw ApiProblem.notFound("No event has the id " + id + ".");
        }
        return event;
    }

    @Transactional
    public ProgrammeEvent create(Details details) {
        Set<Partner> partners = check(details);
        ProgrammeEvent event = new ProgrammeEvent();
        event.id = UUID.randomUUID();
        event.createdAt = Instant.now();
        event.updatedAt = event.createdAt;
        apply(event, details, partners);
        event.persist();
        audit.record("create", AUDIT_ENTITY, event.id, Changes.created(event.auditView()));
        return event;
    }

    @Transactional
    public ProgrammeEvent update(UUID id, String ifMatch, Details details) {
        ProgrammeEvent event = get(id);
        ETags.requireMatch(ifMatch, event.version);
        Set<Partner> partners = check(details);
        Map<String, Object> before = event.auditView();
        apply(event, details, partners);
        if (audit.recordUpdate(AUDIT_ENTITY, event.id, before, event.auditView())) {
            event.updatedAt = Instant.now();
        }
        event.persistAndFlush();
        return event;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        ProgrammeEvent event = get(id);
        ETags.requireMatch(ifMatch, event.version);
        audit.record("delete", AUDIT_ENTITY, event.id, Changes.deleted(event.auditView()));
        event.delete();
    }

    private static void apply(ProgrammeEvent event, Details details, Set<Partner> partners) {
        event.name = details.name().trim();
        event.date = details.date();
        event.endDate = details.endDate();
        event.place = Validation.trimmed(details.place());
        event.focusArea = details.focusArea();
        event.description = Validation.trimmed(details.description());
        event.attendees = details.attendees();
        event.notes = Validation.trimmed(details.notes());
        if (!event.partners.equals(partners)) {
            event.partners.clear();
            event.partners.addAll(partners);
        }
    }

    /** Checks every field; returns the partners named. */
    private static Set<Partner> check(Details d) {
        Validation validation = new Validation();
        validation.text("name", d.name(), 200, true);
        validation.check(d.date() != null, "date", "required", "The date of the event is required.");
        validation.plausibleDate("date", d.date()).plausibleDate("endDate", d.endDate());
        validation.check(d.endDate() == null || d.date() == null || !d.endDate().isBefore(d.date()), "endDate",
                "before-date", "The last day cannot be before the first.");
        validation.text("place", d.place(), 200, false);
        validation.text("description", d.description(), 4000, false);
        validation.text("notes", d.notes(), 4000, false);
        validation.check(d.focusArea() == null || FocusAreas.ALL.contains(d.focusArea()), "focusArea", "unknown-value",
                "Focus areas are " + String.join(", ", FocusAreas.ALL) + ".");
        validation.check(d.attendees() == null || d.attendees() >= 0 && d.attendees() <= MAX_ATTENDEES, "attendees",
                "out-of-range", "Attendees are 0-" + MAX_ATTENDEES + ".");
        Set<Partner> partners = partners(validation, d.partnerIds());
        validation.throwIfAny();
        return partners;
    }

    private static Set<Partner> partners(Validation validation, List<UUID> ids) {
        if (ids == null) {
            return Set.of();
        }
        List<UUID> given = ids.stream().filter(id -> id != null).distinct().toList();
        Map<UUID, Partner> known = given.isEmpty() ? Map.of() : Partner.<Partner>list("id in ?1", given).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        validation.references("partnerIds", ids, MAX_PARTNERS, known::containsKey, "unknown-partner",
                id -> "No partner has the id " + id + ".");
        return new HashSet<>(known.values());
    }
}
