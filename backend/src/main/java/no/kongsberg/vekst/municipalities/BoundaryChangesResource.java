package no.kongsberg.vekst.municipalities;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.QueryParams;

@Path("/api/v1/municipalities/{code}/boundary-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoundaryChangesResource {

    private final BoundaryChangeService changes;

    public BoundaryChangesResource(BoundaryChangeService changes) {
        this.changes = changes;
    }

    public record BoundaryChangeView(UUID id, LocalDate date, String otherMunicipality, String otherMunicipalityCode,
            int personsMoved, String note, String createdBy, Instant createdAt) {
        public static BoundaryChangeView of(BoundaryChange change) {
            return new BoundaryChangeView(change.id, change.date, change.otherMunicipality, change.otherMunicipalityCode,
                    change.personsMoved, change.note, change.createdBy, change.createdAt);
        }
    }

    public record BoundaryChangeList(List<BoundaryChangeView> items) {
    }

    public record BoundaryChangeInput(LocalDate date, String otherMunicipality, String otherMunicipalityCode,
            Integer personsMoved, String note) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public BoundaryChangeList list(@PathParam("code") String code) {
        return new BoundaryChangeList(changes.list(code).stream().map(BoundaryChangeView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@PathParam("code") String code, @NotNull BoundaryChangeInput body) {
        BoundaryChange change = changes.create(code, new BoundaryChangeService.NewChange(body.date(), body.otherMunicipality(),
                body.otherMunicipalityCode(), body.personsMoved(), body.note()));
        return Response.created(URI.create("/api/v1/municipalities/" + change.municipality.code + "/boundary-changes/" + change.id))
                .entity(BoundaryChangeView.of(change)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("code") String code, @PathParam("id") String id) {
        changes.delete(code, QueryParams.uuidOrNotFound(id, "boundary change"));
        return Response.noContent().build();
    }
}
