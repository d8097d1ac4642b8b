package no.kongsberg.vekst.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.jobs.commuting.CommutingService;
import no.kongsberg.vekst.jobs.employment.EmploymentService;
import no.kongsberg.vekst.jobs.industries.Industries;

/** The jobs figures: employment and its comparison, the industry classifications, commuting. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
@Scope(Scope.STATISTICS)
public class JobsResource {

    private final EmploymentService employment;
    private final CommutingService commuting;

    public JobsResource(EmploymentService employment, CommutingService commuting) {
        this.employment = employment;
        this.commuting = commuting;
    }

    @GET
    @Path("/employment")
    public EmploymentService.Employment employment(@QueryParam("municipality") String municipality, @QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("from") String from, @QueryParam("to") String to) {
        return employment.employment(municipality, region, peerGroup, from, to);
    }

    @GET
    @Path("/employment/comparison")
    public EmploymentService.Comparison employmentComparison(@QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("municipality") String municipality, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return employment.comparison(region, peerGroup, municipality, from, to);
    }

    @GET
    @Path("/industries")
    public Industries.Catalogue industries() {
        return Industries.catalogue();
    }

    @GET
    @Path("/commuting")
    public CommutingService.Commuting commuting(@QueryParam("municipality") String municipality, @QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("year") String year, @QueryParam("limit") String limit) {
        return commuting.commuting(new CommutingService.Query(municipality, region, peerGroup, from, to, year, limit));
    }
}
