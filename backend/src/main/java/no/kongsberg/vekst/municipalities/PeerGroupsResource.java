package no.kongsberg.vekst.municipalities;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;

@Path("/api/v1/peer-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeerGroupsResource {

    private final PeerGroupService groups;

    public PeerGroupsResource(PeerGroupService groups) {
        this.groups = groups;
    }

    public record PeerGroupView(String key, String name, String description, List<MunicipalityRef> members, Instant updatedAt) {
        static PeerGroupView of(PeerGroup group) {
            return new PeerGroupView(group.key, group.name, group.description,
                    group.members.stream().map(MunicipalityRef::of).toList(), group.updatedAt);
        }
    }

    public record PeerGroupList(List<PeerGroupView> items) {
    }

    public record PeerGroupCreate(String key, String name, String description, List<String> members) {
    }

    public record PeerGroupUpdate(String name, String description, List<String> members) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public PeerGroupList list() {
        return new PeerGroupList(groups.list().stream().map(PeerGroupView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@NotNull PeerGroupCreate body) {
        PeerGroup group = groups.create(body.key(), new PeerGroupService.Definition(body.name(), body.description(), body.members()));
        return Response.created(URI.create("/api/v1/peer-groups/" + group.key)).tag(tag(group))
                .entity(PeerGroupView.of(group)).build();
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public Response get(@PathParam("key") String key) {
        PeerGroup group = groups.get(key);
        return Response.ok(PeerGroupView.of(group)).tag(tag(group)).build();
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, @NotNull PeerGroupUpdate body) {
        PeerGroup group = groups.update(key, ifMatch, new PeerGroupService.Definition(body.name(), body.description(), body.members()));
        return Response.ok(PeerGroupView.of(group)).tag(tag(group)).build();
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("key") String key) {
        groups.delete(key);
        return Response.noContent().build();
    }

    private static EntityTag tag(PeerGroup group) {
        return new EntityTag(Long.toString(group.version));
    }
}
