package no.kongsberg.vekst.population;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ApiProblem;

@Path("/api/v1/population")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
@Scope(Scope.STATISTICS)
public class PopulationResource {

    private final PopulationService population;

    public PopulationResource(PopulationService population) {
        this.population = population;
    }

    @GET
    @Path("/series")
    public PopulationService.Series series(@QueryParam("municipality") String municipality, @QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        return population.series(new PopulationService.SeriesQuery(municipality, region, peerGroup, from, to, variant, granularity));
    }

    @GET
    @Path("/components")
    public PopulationService.Components components(@QueryParam("municipality") String municipality,
            @QueryParam("region") String region, @QueryParam("peerGroup") String peerGroup, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        return population.components(new PopulationService.SeriesQuery(municipality, region, peerGroup, from, to, variant,
                granularity));
    }

    @GET
    @Path("/comparison")
    public PopulationService.ComparisonResult comparison(@QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("municipality") String municipality,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("variant") String variant,
            @QueryParam("rankBy") String rankBy) {
        return population.comparison(new PopulationService.ComparisonQuery(region, peerGroup, municipality, from, to, variant,
                rankBy));
    }

    @GET
    @Path("/projection")
    public PopulationService.ProjectionResult projection(@QueryParam("municipality") String municipality,
            @QueryParam("region") String region, @QueryParam("peerGroup") String peerGroup, @QueryParam("variant") String variant,
            @QueryParam("trendYears") String trendYears, @QueryParam("until") String until) {
        return population.projection(new PopulationService.ProjectionQuery(municipality, region, peerGroup, variant, trendYears,
                until));
    }

    @GET
    @Path("/flows")
    public PopulationService.Flows flows(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        if (municipality == null || municipality.isBlank()) {
            throw ApiProblem.invalid("municipality", "required", "municipality is required, e.g. municipality=3303.");
        }
        return population.flows(municipality, from, to, variant, granularity);
    }
}
