package no.kongsberg.vekst.bulk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;

/** Bulk downloads of the statistics as CSV or JSON-stat2, in the formats Vekst's importers read. */
@Path("/api/v1/bulk")
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
@Scope(Scope.STATISTICS)
public class BulkResource {

    /** The format and filters every bulk download takes. */
    public static class Filters {
        @QueryParam("format")
        String format;
        @HeaderParam("Accept")
        String accept;
        @QueryParam("municipality")
        List<String> municipality;
        @QueryParam("region")
        String region;
        @QueryParam("from")
        String from;
        @QueryParam("to")
        String to;

        BulkService.Request request(String variant, String classification) {
            return new BulkService.Request(format, accept, municipality, region, from, to, variant, classification);
        }
    }

    private final BulkService bulk;

    public BulkResource(BulkService bulk) {
        this.bulk = bulk;
    }

    @GET
    @Path("/population")
    public Response population(@BeanParam Filters filters, @QueryParam("variant") String variant) {
        return bulk.population(filters.request(variant, null));
    }

    @GET
    @Path("/employment")
    public Response employment(@BeanParam Filters filters, @QueryParam("classification") String classification) {
        return bulk.employment(filters.request(null, classification));
    }

    @GET
    @Path("/commuting")
    public Response commuting(@BeanParam Filters filters) {
        return bulk.commuting(filters.request(null, null));
    }
}
