package no.kongsberg.vekst.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final Map<String, String> SORTABLE = Map.of("at", "at", "id", "id");

    private final AuditService audit;

    public AuditResource(AuditService audit) {
        this.audit = audit;
    }

    public record AuditEntryView(long id, Instant at, String actor, String action, String entity, String entityId,
            String address, Map<String, Map<String, Object>> changes) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.at, e.actor, e.action, e.entity, e.entityId, e.address, e.changes);
        }
    }

    @GET
    @RolesAllowed("admin")
    public PageRequest.Page<AuditEntryView> list(@QueryParam("entity") String entity, @QueryParam("id") String id,
            @QueryParam("actor") String actor, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation validation = new Validation();
        Instant fromInstant = QueryParams.instant(validation, "from", from, false);
        Instant toInstant = QueryParams.instant(validation, "to", to, true);
        validation.check(fromInstant == null || toInstant == null || fromInstant.isBefore(toInstant), "from", "after-to",
                "from must be before to.");
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, "-id", SORTABLE, "-id");
        var found = audit.search(new AuditService.Filter(blankToNull(entity), blankToNull(id), blankToNull(actor),
                blankToNull(action), fromInstant, toInstant), request);
        return request.page(found.items().stream().map(AuditEntryView::of).toList(), found.total());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
