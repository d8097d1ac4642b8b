package no.kongsberg.vekst.jobs.enterprises;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.PageRequest;

/** New and closed enterprises: figures, the comparison of a group, the stored units and the register's status. */
@Path("/api/v1/jobs/enterprises")
@Produces(MediaType.APPLICATION_JSON)
public class EnterpriseResource {

    private final EnterpriseService enterprises;

    public EnterpriseResource(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public EnterpriseService.Figures figures(@QueryParam("municipality") String municipality, @QueryParam("region") String region,
            @QueryParam("peerGroup") String peerGroup, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("granularity") String granularity) {
        return enterprises.figures(municipality, region, peerGroup, from, to, granularity);
    }

    @GET
    @Path("/comparison")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public EnterpriseService.Comparison comparison(@QueryParam("region") String region, @QueryParam("peerGroup") String peerGroup,
            @QueryParam("municipality") String municipality, @QueryParam("from") String from, @QueryParam("to") String to) {
        return enterprises.comparison(region, peerGroup, municipality, from, to);
    }

    @GET
    @Path("/units")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public PageRequest.Page<EnterpriseService.UnitView> units(@QueryParam("municipality") String municipality,
            @QueryParam("q") String q, @QueryParam("status") String status, @QueryParam("section") String section,
            @QueryParam("registeredFrom") String registeredFrom, @QueryParam("registeredTo") String registeredTo,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        return enterprises.units(new EnterpriseService.UnitFilter(municipality, q, status, section, registeredFrom, registeredTo),
                page, size, sort);
    }

    @GET
    @Path("/register")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public EnterpriseService.RegisterStatus register() {
        return enterprises.register();
    }
}
