package no.kongsberg.vekst.population;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Where;

/** Review of flagged values: accept as it is, or correct the value (an audited update). */
@ApplicationScoped
public class PopulationFlagService {

    private final AuditService audit;

    public PopulationFlagService(AuditService audit) {
        this.audit = audit;
    }

    @Transactional
    public PageRequest.Page<PopulationFlag> search(String status, Municipality municipality, PageRequest page) {
        Where where = new Where().and("status = :status", "status", status).and("municipality = :municipality", "municipality", municipality);
        var found = PopulationFlag.<PopulationFlag>find(where.query(), page.sort(), where.parameters());
        java.util.List<PopulationFlag> items = found.page(page.page(), page.size()).list();
        items.forEach(flag -> flag.municipality.name.length()); // load the names while the session is open
        return page.page(items, found.count());
    }

    @Transactional
    public PopulationFlag accept(UUID id, String comment, String actor) {
        PopulationFlag flag = open(id);
        Map<String, Object> before = view(flag);
        flag.status = PopulationFlag.ACCEPTED;
        flag.comment = comment.trim();
        flag.resolvedBy = actor;
        flag.resolvedAt = Instant.now();
        audit.record("accept", "population-flag", flag.id, Changes.between(before, view(flag)));
        flag.municipality.name.length();
        return flag;
    }

    /** Sets the flagged value to the editor's figure, recorded in the audit log, and closes the flag. */
    @Transactional
    public PopulationFlag correct(UUID id, int value, String comment, String actor) {
        PopulationFlag flag = open(id);
        // Imports flag stocks only (implausible changes and series breaks are both seen on a stock).
        if (value < 0) {
            throw ApiProblem.invalid("value", "out-of-range", "A population cannot be negative.");
        }
        PopulationStock stock = PopulationStock.<PopulationStock>find("municipality = ?1 and date = ?2 and variant = ?3",
                flag.municipality, LocalDate.parse(flag.at), flag.variant).firstResult();
        if (stock == null) {
            throw ApiProblem.conflict("id", "value-gone", "The flagged value no longer exists.");
        }
        Map<String, Object> stockBefore = Map.of("population", stock.population == null ? stock.missing : stock.population);
        stock.population = value;
        stock.missing = null;
        stock.note = comment.trim();
        stock.source = "corrected by " + actor;
        stock.updatedAt = Instant.now();
        audit.record("update", "population-stock", flag.municipality.code + "/" + flag.at + "/" + flag.variant,
                Changes.between(stockBefore, Map.of("population", value)));
        Map<String, Object> before = view(flag);
        flag.status = PopulationFlag.CORRECTED;
        flag.comment = comment.trim();
        flag.value = value;
        flag.resolvedBy = actor;
        flag.resolvedAt = Instant.now();
        audit.record("correct", "population-flag", flag.id, Changes.between(before, view(flag)));
        return flag;
    }

    private static PopulationFlag open(UUID id) {
        PopulationFlag flag = PopulationFlag.<PopulationFlag>findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("No flag has the id " + id + "."));
        if (!PopulationFlag.OPEN.equals(flag.status)) {
            throw ApiProblem.conflict("id", "already-resolved", "The flag was already " + flag.status + " by " + flag.resolvedBy + ".");
        }
        return flag;
    }

    private static Map<String, Object> view(PopulationFlag flag) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("status", flag.status);
        view.put("comment", flag.comment);
        view.put("value", flag.value);
        return view;
    }
}
