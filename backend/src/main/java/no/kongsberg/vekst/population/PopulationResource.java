package no.kongsberg.vekst.population;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.ApiProblem;

@Path("/api/v1/population")
@Produces(MediaType.APPLICATION_JSON)
public class PopulationResource {

    private final PopulationService population;

    public PopulationResource(PopulationService population) {
        this.population = population;
    }

    @GET
    @Path("/series")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public PopulationService.Series series(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        requireMunicipality(municipality);
        return population.series(new PopulationService.SeriesQuery(municipality, from, to, variant, granularity));
    }

    @GET
    @Path("/flows")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public PopulationService.Flows flows(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        requireMunicipality(municipality);
        return population.flows(new PopulationService.SeriesQuery(municipality, from, to, variant, granularity));
    }

    private static void requireMunicipality(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            throw ApiProblem.invalid("municipality", "required", "municipality is required, e.g. municipality=3303.");
        }
    }
}
