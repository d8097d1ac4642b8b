package no.kongsberg.vekst.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.Validation;

/** Boundary changes recorded by admins, per municipality. */
@ApplicationScoped
public class BoundaryChangeService {

    /** A boundary change may move at most this many persons either way. */
    static final int MAX_PERSONS = 10_000_000;

    private final MunicipalityService municipalities;
    private final AuditService audit;

    public BoundaryChangeService(MunicipalityService municipalities, AuditService audit) {
        this.municipalities = municipalities;
        this.audit = audit;
    }

    public record NewChange(LocalDate date, String otherMunicipality, String otherMunicipalityCode, Integer personsMoved,
            String note) {
    }

    @Transactional
    public List<BoundaryChange> list(String code) {
        return BoundaryChange.list("municipality = ?1 order by date, createdAt", municipality(code));
    }

    /** The changes of the given municipalities, for the population figures. */
    @Transactional
    public List<BoundaryChange> ofMunicipalities(Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        return BoundaryChange.list("municipality.id in ?1 order by date", municipalityIds);
    }

    @Transactional
    public BoundaryChange create(String code, NewChange request) {
        Municipality municipality = municipality(code);
        Validation validation = new Validation();
        validation.check(request.date() != null, "date", "required", "date is required, e.g. 1964-01-01.");
        String other = request.otherMunicipality() == null ? "" : request.otherMunicipality().trim();
        validation.check(!other.isEmpty() && other.length() <= 100, "otherMunicipality", "invalid",
                "otherMunicipality must name the other municipality (1-100 characters).");
        String otherCode = request.otherMunicipalityCode() == null || request.otherMunicipalityCode().isBlank() ? null
                : request.otherMunicipalityCode().trim();
        validation.check(otherCode == null || otherCode.matches("[0-9]{4}"), "otherMunicipalityCode", "invalid",
                "otherMunicipalityCode must be a four-digit municipality code.");
        Integer persons = request.personsMoved();
        validation.check(persons != null && Math.abs(persons) <= MAX_PERSONS, "personsMoved", "invalid",
                "personsMoved must be a whole number of persons the municipality gained (negative when it lost them).");
        validation.check(request.note() == null || request.note().length() <= 2000, "note", "too-long",
                "The note must be at most 2000 characters.");
        validation.throwIfAny();
        BoundaryChange change = new BoundaryChange();
        change.id = UUID.randomUUID();
        change.municipality = municipality;
        change.date = request.date();
        change.otherMunicipality = other;
        change.otherMunicipalityCode = otherCode;
        change.personsMoved = persons;
        change.note = request.note() == null || request.note().isBlank() ? null : request.note().trim();
        change.createdBy = audit.actor();
        change.createdAt = Instant.now();
        change.persist();
        audit.record("create", "boundary-change", change.id, Changes.created(change.auditView()));
        return change;
    }

    @Transactional
    public void delete(String code, UUID id) {
        Municipality municipality = municipality(code);
        BoundaryChange change = BoundaryChange.<BoundaryChange>findByIdOptional(id)
                .filter(c -> c.municipality.id.equals(municipality.id))
                .orElseThrow(() -> ApiProblem.notFound("No boundary change " + id + " is recorded for " + municipality.name + "."));
        audit.record("delete", "boundary-change", change.id, Changes.deleted(change.auditView()));
        change.delete();
    }

    private Municipality municipality(String code) {
        return municipalities.findByAnyCode(code)
                .orElseThrow(() -> ApiProblem.notFound("No municipality has or had the code " + code + "."));
    }
}
