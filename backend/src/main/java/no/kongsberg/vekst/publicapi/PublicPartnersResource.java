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
import no.kongsberg.vekst.financing.FinancingService;

/** Anonymous: the year's partners that agreed to be listed, for the public dashboard and kongsberg.no. */
@Path("/api/v1/public/partners")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPartnersResource {

    private final FinancingService financing;
    private final PublicAnswers answers;

    public PublicPartnersResource(FinancingService financing, PublicAnswers answers) {
        this.financing = financing;
        this.answers = answers;
    }

    @GET
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch, @QueryParam("year") String year) {
        return answers.answer(ifNoneMatch, "partners", Arrays.asList(year), () -> financing.publicPartners(year));
    }
}
