package no.kongsberg.vekst.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ImportsResource {

    private static final Set<String> STATUSES = Set.of(ImportRun.QUEUED, ImportRun.RUNNING, ImportRun.COMPLETED, ImportRun.REJECTED);
    private final ImportRunService runs;

    public ImportsResource(ImportRunService runs) {
        this.runs = runs;
    }

    public record Progress(long processed, Long total) {
    }

    public record ImportRunView(UUID id, String kind, String status, String source, boolean dryRun, String createdBy,
            Instant createdAt, Instant finishedAt, Progress progress, ImportCounts counts, List<ImportMessage> errors,
            List<ImportMessage> warnings) {
        public static ImportRunView of(ImportRun run) {
            return new ImportRunView(run.id, run.kind, run.status, run.source, run.dryRun, run.createdBy, run.createdAt,
                    run.finishedAt, new Progress(run.processed, run.total),
                    new ImportCounts(run.inserted, run.updated, run.unchanged, run.rejected, run.flagged, run.withdrawn),
                    run.errors, run.warnings);
        }
    }

    @GET
    public PageRequest.Page<ImportRunView> list(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation validation = new Validation();
        String statusFilter = QueryParams.oneOf(validation, "status", status, STATUSES);
        validation.check(kind == null || kind.isBlank() || kind.matches("[a-z][a-z-]{0,49}"), "kind", "invalid",
                "kind is a lower-case word such as population.");
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, null, Map.of("createdAt", "createdAt"), "-createdAt").nullsLastThenById();
        var found = runs.search(kind == null || kind.isBlank() ? null : kind, statusFilter, request);
        return request.page(found.items().stream().map(ImportRunView::of).toList(), found.total());
    }

    @GET
    @Path("/{id}")
    public ImportRunView get(@PathParam("id") String id) {
        return ImportRunView.of(runs.get(QueryParams.uuidOrNotFound(id, "import run")));
    }
}
