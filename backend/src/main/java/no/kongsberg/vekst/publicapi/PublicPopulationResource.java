package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kongsberg.vekst.population.PopulationService;

/** Anonymous open data for the public dashboard and the widgets on kongsberg.no. */
@Path("/api/v1/public/population")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPopulationResource {

    private final PopulationService population;

    public PublicPopulationResource(PopulationService population) {
        this.population = population;
    }

    @GET
    @Path("/summary")
    public Response summary(@QueryParam("municipality") String municipality, @QueryParam("variant") String variant) {
        return Response.ok(population.summary(municipality, variant)).header("Cache-Control", PublicCaching.CACHE_CONTROL).build();
    }

    @GET
    @Path("/series")
    public Response series(@QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("variant") String variant, @QueryParam("granularity") String granularity) {
        return Response.ok(population.series(new PopulationService.SeriesQuery(municipality, null, null, from, to, variant, granularity)))
                .header("Cache-Control", PublicCaching.CACHE_CONTROL).build();
    }
}
