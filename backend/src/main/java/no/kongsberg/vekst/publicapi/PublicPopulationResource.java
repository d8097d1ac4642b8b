package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import no.kongsberg.vekst.population.PopulationService;

/** Anonymous open data for the public dashboard and the widgets on kongsberg.no. */
@Path("/api/v1/public/population")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPopulationResource {

    private final PopulationService population;
    private final PublicAnswers answers;

    public PublicPopulationResource(PopulationService population, PublicAnswers answers) {
        this.population = population;
        this.answers = answers;
    }

    @GET
    @Path("/summary")
    public Response summary(@HeaderParam("If-None-Match") String ifNoneMatch, @QueryParam("municipality") String municipality,
            @QueryParam("variant") String variant) {
        return answers.answer(ifNoneMatch, "population-summary", Arrays.asList(municipality, variant),
                () -> population.summary(municipality, variant));
    }

    @GET
    @Path("/series")
    public Response series(@HeaderParam("If-None-Match") String ifNoneMatch, @QueryParam("municipality") String municipality,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("variant") String variant,
            @QueryParam("granularity") String granularity) {
        return answers.answer(ifNoneMatch, "population-series", Arrays.asList(municipality, from, to, variant, granularity),
                () -> population.series(new PopulationService.SeriesQuery(municipality, null, null, from, to, variant, granularity)));
    }
}
