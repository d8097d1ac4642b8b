package no.kongsberg.vekst.kpis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.PageRequest;

@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KpisResource {

    private final KpiService kpis;

    public KpisResource(KpiService kpis) {
        this.kpis = kpis;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public PageRequest.Page<KpiViews.Kpi> list(@QueryParam("q") String q, @QueryParam("focusArea") String focusArea,
            @QueryParam("status") String status, @QueryParam("source") String source, @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return kpis.list(new KpiService.ListQuery(q, focusArea, status, source, sort, page, size));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(KpiViews.KpiInput body) {
        KpiViews.Kpi kpi = kpis.create(body);
        return Response.created(URI.create("/api/v1/kpis/" + kpi.key())).tag(ETags.tag(kpi.version())).entity(kpi).build();
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public Response get(@PathParam("key") String key) {
        return withTag(kpis.get(key));
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, KpiViews.KpiInput body) {
        return withTag(kpis.update(key, ifMatch, body));
    }

    @PUT
    @Path("/{key}/targets")
    @RolesAllowed(Roles.ADMIN)
    public Response setTargets(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch,
            KpiViews.TargetsInput body) {
        return withTag(kpis.setTargets(key, ifMatch, body));
    }

    @GET
    @Path("/{key}/values")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public KpiViews.ValueList values(@PathParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to) {
        return kpis.values(key, from, to);
    }

    @POST
    @Path("/{key}/values")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response createValue(@PathParam("key") String key, KpiViews.ValueInput body) {
        KpiService.SavedValue saved = kpis.createValue(key, body);
        return Response.created(URI.create("/api/v1/kpis/" + key + "/values/" + saved.value().period()))
                .tag(ETags.tag(saved.version())).entity(saved.value()).build();
    }

    @PUT
    @Path("/{key}/values/{period}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response updateValue(@PathParam("key") String key, @PathParam("period") String period,
            @HeaderParam("If-Match") String ifMatch, KpiViews.ValueInput body) {
        KpiService.SavedValue saved = kpis.updateValue(key, period, ifMatch, body);
        return Response.ok(saved.value()).tag(ETags.tag(saved.version())).build();
    }

    @DELETE
    @Path("/{key}/values/{period}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response deleteValue(@PathParam("key") String key, @PathParam("period") String period,
            @HeaderParam("If-Match") String ifMatch) {
        kpis.deleteValue(key, period, ifMatch);
        return Response.noContent().build();
    }

    private static Response withTag(KpiViews.Kpi kpi) {
        return Response.ok(kpi).tag(ETags.tag(kpi.version())).build();
    }
}
