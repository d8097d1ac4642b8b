package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kongsberg.vekst.kpis.KpiService;

/** Anonymous: the KPIs marked public, with their status, for the website. */
@Path("/api/v1/public/kpis")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicKpisResource {

    private final KpiService kpis;

    public PublicKpisResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    public Response list() {
        return Response.ok(kpis.publicList()).header("Cache-Control", PublicCaching.CACHE_CONTROL).build();
    }
}
