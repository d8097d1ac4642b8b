package no.kongsberg.vekst.campaigns;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.CsvExport;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "endDate", "endDate", "name", "name",
            "status", "status", "budgetNok", "budgetNok", "updatedAt", "updatedAt");
    static final List<String> CSV_COLUMNS = List.of("campaign", "date", "channel", "impressions", "reach", "clicks", "sessions",
            "leads", "costNok");

    private final CampaignService campaigns;

    public CampaignsResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    public record Input(String name, String slug, String description, List<String> focusAreas, List<String> targetGroups,
            List<String> channels, LocalDate startDate, LocalDate endDate, Long budgetNok, Long otherSpendNok, String owner,
            String status, List<CampaignService.KpiRef> kpis, List<CampaignService.PartnerShare> partners,
            Map<String, Long> targets, List<Campaign.Link> links) {
        CampaignService.Details details() {
            return new CampaignService.Details(name, slug, description, focusAreas, targetGroups, channels, startDate, endDate,
                    budgetNok, otherSpendNok, owner, status, kpis, partners, targets, links);
        }
    }

    public record MetricsInput(List<MetricRow> rows) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public PageRequest.Page<CampaignViews.View> list(@QueryParam("status") String status, @QueryParam("focusArea") String focusArea,
            @QueryParam("year") String year, @QueryParam("channel") String channel, @QueryParam("q") String q,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        var filter = new CampaignService.Filter(QueryParams.oneOf(validation, "status", status, Set.copyOf(Campaign.STATUSES)),
                QueryParams.oneOf(validation, "focusArea", focusArea, Set.copyOf(FocusAreas.ALL)),
                QueryParams.year(validation, "year", year, 2000, 2100),
                QueryParams.text(validation, "channel", channel, 40),
                QueryParams.text(validation, "q", q, 100));
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "-startDate,name").nullsLastThenById();
        return campaigns.search(filter, request);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@NotNull Input body) {
        CampaignViews.View campaign = campaigns.create(body.details());
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id())).tag(ETags.tag(campaign.version()))
                .entity(campaign).build();
    }

    @GET
    @Path("/comparison")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public CampaignViews.Comparison compare(@QueryParam("year") String year) {
        Validation validation = new Validation();
        Integer wanted = QueryParams.year(validation, "year", year, 2000, 2100);
        validation.check(year != null && !year.isBlank(), "year", "required", "The year is required.");
        validation.throwIfAny();
        return campaigns.compare(wanted);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public Response get(@PathParam("id") String id) {
        return ok(campaigns.get(campaignId(id)));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull Input body) {
        return ok(campaigns.update(campaignId(id), ifMatch, body.details()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        campaigns.delete(campaignId(id), ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/metrics")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public CampaignViews.Metrics metrics(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        UUID campaign = campaignId(id);
        Validation validation = new Validation();
        LocalDate fromDate = QueryParams.date(validation, "from", from);
        LocalDate toDate = QueryParams.date(validation, "to", to);
        validation.check(fromDate == null || toDate == null || !toDate.isBefore(fromDate), "to", "before-from",
                "to cannot be before from.");
        validation.throwIfAny();
        return campaigns.metrics(campaign, fromDate, toDate);
    }

    @POST
    @Path("/{id}/metrics")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public CampaignMetricsService.Counts record(@PathParam("id") String id, @NotNull MetricsInput body) {
        return campaigns.record(campaignId(id), body.rows());
    }

    @GET
    @Path("/{id}/metrics/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER, Roles.INTEGRATOR})
    @Scope(Scope.PROGRAMME)
    public Response export(@PathParam("id") String id) {
        CampaignService.Export export = campaigns.export(campaignId(id));
        String slug = export.slug();
        List<List<Object>> rows = export.rows().stream().map(r -> Arrays.<Object>asList(slug, r.date().toString(),
                r.channel(), r.impressions(), r.reach(), r.clicks(), r.sessions(), r.leads(), decimalComma(r.costNok()))).toList();
        return CsvExport.download(slug + "-results.csv", CsvExport.of(CSV_COLUMNS, rows));
    }

    private static String decimalComma(BigDecimal value) {
        return value == null ? null : value.setScale(2).toPlainString().replace('.', ',');
    }

    private static UUID campaignId(String id) {
        return QueryParams.uuidOrNotFound(id, "campaign");
    }

    private static Response ok(CampaignViews.View campaign) {
        return Response.ok(campaign).tag(ETags.tag(campaign.version())).build();
    }
}
