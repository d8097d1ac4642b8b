package no.kongsberg.vekst.financing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import no.kongsberg.vekst.auth.Roles;

@Path("/api/v1/financing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingResource {

    private final FinancingService financing;

    public FinancingResource(FinancingService financing) {
        this.financing = financing;
    }

    public record ContributionView(int year, long amountNok, String note, int version, Instant updatedAt) {
        static ContributionView of(MunicipalContribution contribution) {
            return new ContributionView(contribution.year, contribution.amountNok, contribution.note, contribution.version,
                    contribution.updatedAt);
        }
    }

    public record ContributionList(List<ContributionView> items) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public FinancingArithmetic.Financing overview(@QueryParam("year") String year) {
        return financing.overview(year);
    }

    @GET
    @Path("/contributions")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public ContributionList contributions() {
        return new ContributionList(financing.contributions().stream().map(ContributionView::of).toList());
    }

    @PUT
    @Path("/contributions/{year}")
    @RolesAllowed(Roles.ADMIN)
    public Response setContribution(@PathParam("year") String year, @HeaderParam("If-Match") String ifMatch,
            @NotNull FinancingService.ContributionInput body) {
        FinancingService.Outcome outcome = financing.setContribution(year, ifMatch, body);
        MunicipalContribution contribution = outcome.contribution();
        Response.ResponseBuilder response = outcome.created()
                ? Response.created(URI.create("/api/v1/financing/contributions/" + contribution.year))
                : Response.ok();
        return response.tag(new EntityTag(Integer.toString(contribution.version))).entity(ContributionView.of(contribution)).build();
    }
}
