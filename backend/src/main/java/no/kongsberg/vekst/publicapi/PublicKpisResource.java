package no.kongsberg.vekst.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.kongsberg.vekst.kpis.KpiService;

/** Anonymous: the KPIs marked public, with their status, for the website. */
@Path("/api/v1/public/kpis")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicKpisResource {

    private final KpiService kpis;
    private final PublicAnswers answers;

    public PublicKpisResource(KpiService kpis, PublicAnswers answers) {
        this.kpis = kpis;
        this.answers = answers;
    }

    @GET
    public Response list(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return answers.answer(ifNoneMatch, "kpis", List.of(), kpis::publicList);
    }
}
