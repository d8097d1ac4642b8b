package no.kongsberg.vekst.population;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/population/flags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class PopulationFlagsResource {

    private static final Set<String> STATUSES = Set.of(PopulationFlag.OPEN, PopulationFlag.ACCEPTED, PopulationFlag.CORRECTED);
    private final PopulationFlagService flags;
    private final PopulationService population;
    private final SecurityIdentity identity;

    public PopulationFlagsResource(PopulationFlagService flags, PopulationService population, SecurityIdentity identity) {
        this.flags = flags;
        this.population = population;
        this.identity = identity;
    }

    public record FlagView(UUID id, MunicipalityRef municipality, String variant, String kind, String at, String field,
            Integer value, String rule, String detail, Integer adjustment, String status, String comment, UUID importRunId,
            Instant createdAt, String resolvedBy, Instant resolvedAt) {
        static FlagView of(PopulationFlag f) {
            return new FlagView(f.id, MunicipalityRef.of(f.municipality), f.variant, f.kind, f.at, f.field, f.value, f.rule,
                    f.detail, f.adjustment, f.status, f.comment, f.importRunId, f.createdAt, f.resolvedBy, f.resolvedAt);
        }
    }

    public record FlagAccept(@NotBlank @Size(max = 2000) String comment) {
    }

    public record FlagCorrect(@NotNull @Min(-100_000_000) @Max(100_000_000) Integer value, @NotBlank @Size(max = 2000) String comment) {
    }

    @GET
    public PageRequest.Page<FlagView> list(@QueryParam("status") String status, @QueryParam("municipality") String municipality,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Validation validation = new Validation();
        String statusFilter = QueryParams.oneOf(validation, "status", status, STATUSES);
        validation.throwIfAny();
        Municipality place = municipality == null || municipality.isBlank() ? null : population.municipalityParameter(municipality);
        PageRequest request = PageRequest.of(page, size, null, Map.of("createdAt", "createdAt"), "-createdAt").nullsLastThenById();
        var found = flags.search(statusFilter, place, request);
        return request.page(found.items().stream().map(FlagView::of).toList(), found.total());
    }

    @POST
    @Path("/{id}/accept")
    public FlagView accept(@PathParam("id") String id, @Valid @NotNull FlagAccept body) {
        return FlagView.of(flags.accept(QueryParams.uuidOrNotFound(id, "flag"), body.comment(), identity.getPrincipal().getName()));
    }

    @POST
    @Path("/{id}/correct")
    public FlagView correct(@PathParam("id") String id, @Valid @NotNull FlagCorrect body) {
        return FlagView.of(flags.correct(QueryParams.uuidOrNotFound(id, "flag"), body.value(), body.comment(),
                identity.getPrincipal().getName()));
    }
}
