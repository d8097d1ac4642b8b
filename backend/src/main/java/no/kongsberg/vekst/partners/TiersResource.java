package no.kongsberg.vekst.partners;

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

@Path("/api/v1/partner-tiers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TiersResource {

    private final TierService tiers;

    public TiersResource(TierService tiers) {
        this.tiers = tiers;
    }

    public record TierView(String key, String name, long minNok, long maxNok, int version, Instant updatedAt) {
        static TierView of(PartnerTier t) {
            return new TierView(t.key, t.name, t.minNok, t.maxNok, t.version, t.updatedAt);
        }
    }

    public record TierCreate(String key, String name, Long minNok, Long maxNok) {
    }

    public record TierUpdate(String name, Long minNok, Long maxNok) {
    }

    public record TierList(List<TierView> items) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public TierList list() {
        return new TierList(tiers.list().stream().map(TierView::of).toList());
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@NotNull TierCreate body) {
        PartnerTier tier = tiers.create(body.key(), new TierService.Band(body.name(), body.minNok(), body.maxNok()));
        return Response.created(URI.create("/api/v1/partner-tiers/" + tier.key)).tag(tag(tier)).entity(TierView.of(tier)).build();
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, @NotNull TierUpdate body) {
        PartnerTier tier = tiers.update(key, ifMatch, new TierService.Band(body.name(), body.minNok(), body.maxNok()));
        return Response.ok(TierView.of(tier)).tag(tag(tier)).build();
    }

    @DELETE
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("key") String key) {
        tiers.delete(key);
        return Response.noContent().build();
    }

    private static EntityTag tag(PartnerTier tier) {
        return new EntityTag(Long.toString(tier.version));
    }
}
