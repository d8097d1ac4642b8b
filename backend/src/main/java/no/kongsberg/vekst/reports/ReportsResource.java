package no.kongsberg.vekst.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.reports.ReportViews.Report;

/** The tertial report and the quarterly status: drafts for the staff, frozen versions for every reader. */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private final ReportService reports;

    public ReportsResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public ReportViews.PublishedList list(@QueryParam("kind") String kind) {
        return reports.published(kind);
    }

    @GET
    @Path("/{kind}/{period}")
    @Produces({"application/json", "text/html", "application/pdf", "text/csv"})
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response draft(@PathParam("kind") String kind, @PathParam("period") String period, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ReportPeriod parsed = ReportPeriod.parse(kind, period);
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        ReportService.Draft draft = reports.draft(parsed);
        Report report = draft.report();
        Response.ResponseBuilder response = switch (chosen) {
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE);
            case HTML -> html(report);
            case PDF -> document(ReportPdf.render(ReportHtml.render(report)), chosen, fileName(parsed, "utkast", "pdf"));
            case CSV -> document(ReportCsv.render(report), chosen, fileName(parsed, "utkast", "csv"));
        };
        return response.tag(ETags.tag(draft.commentaryVersion())).header("Vary", "Accept").build();
    }

    @PUT
    @Path("/{kind}/{period}/commentary")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response updateCommentary(@PathParam("kind") String kind, @PathParam("period") String period,
            @HeaderParam("If-Match") String ifMatch, ReportViews.Commentary body) {
        ReportViews.DraftCommentary saved = reports.updateCommentary(ReportPeriod.parse(kind, period), ifMatch, body);
        return Response.ok(saved).tag(ETags.tag(saved.version())).build();
    }

    @GET
    @Path("/{kind}/{period}/versions")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public ReportViews.VersionList versions(@PathParam("kind") String kind, @PathParam("period") String period) {
        return reports.versions(ReportPeriod.parse(kind, period));
    }

    @POST
    @Path("/{kind}/{period}/versions")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response publish(@PathParam("kind") String kind, @PathParam("period") String period,
            @HeaderParam("If-Match") String ifMatch) {
        ReportPeriod parsed = ReportPeriod.parse(kind, period);
        PublishedReport published = reports.publish(parsed, ifMatch);
        return Response.created(URI.create("/api/v1/reports/" + published.kind + "/" + published.period + "/versions/"
                + published.version)).entity(published.content).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{kind}/{period}/versions/{version}")
    @Produces({"application/json", "text/html", "application/pdf", "text/csv"})
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public Response version(@PathParam("kind") String kind, @PathParam("period") String period,
            @PathParam("version") String version, @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportPeriod parsed = ReportPeriod.parse(kind, period);
        int number = versionNumber(version);
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        String label = "v" + number;
        // JSON and PDF byte for byte as published; HTML and CSV rendered from the frozen JSON.
        Response.ResponseBuilder response = switch (chosen) {
            case JSON -> Response.ok(reports.version(parsed, number).content, MediaType.APPLICATION_JSON_TYPE);
            case HTML -> html(reports.read(reports.version(parsed, number)));
            case PDF -> document(reports.pdf(parsed, number), chosen, fileName(parsed, label, "pdf"));
            case CSV -> document(ReportCsv.render(reports.read(reports.version(parsed, number))), chosen,
                    fileName(parsed, label, "csv"));
        };
        return response.tag(ETags.tag(number)).header("Vary", "Accept").build();
    }

    private static Response.ResponseBuilder html(Report report) {
        return Response.ok(ReportHtml.render(report), "text/html; charset=UTF-8");
    }

    private static Response.ResponseBuilder document(Object body, ReportFormat format, String fileName) {
        String type = format == ReportFormat.CSV ? "text/csv; charset=UTF-8" : format.mediaType.toString();
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    /** "vekst-tertialrapport-2026-T2-v1.pdf". */
    private static String fileName(ReportPeriod period, String label, String extension) {
        return "vekst-" + period.kind().norwegian + "-" + period.code() + "-" + label + "." + extension;
    }

    private static int versionNumber(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= 1_000_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Answered below.
        }
        throw ApiProblem.invalid("version", "invalid", "The version is a whole number from 1.");
    }
}
