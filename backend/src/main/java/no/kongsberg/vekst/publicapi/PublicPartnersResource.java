package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kongsberg.vekst.financing.FinancingService;

/** Anonymous: the year's partners that agreed to be listed, for the public dashboard and kongsberg.no. */
@Path("/api/v1/public/partners")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPartnersResource {

    private final FinancingService financing;

    public PublicPartnersResource(FinancingService financing) {
        this.financing = financing;
    }

    @GET
    public Response list(@QueryParam("year") String year) {
        return Response.ok(financing.publicPartners(year)).header("Cache-Control", PublicCaching.CACHE_CONTROL).build();
    }
}
