package no.kongsberg.vekst.campaigns.importing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.campaigns.importing.CampaignMetricImportService.Format;
import no.kongsberg.vekst.campaigns.importing.CampaignMetricImportService.Upload;
import no.kongsberg.vekst.imports.ImportRun;
import no.kongsberg.vekst.imports.ImportsResource.ImportRunView;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Campaign results in: a Vekst CSV or a GA4 export, as the body or a multipart upload. Files are
 * small (at most 20 MB), so the import runs within the request: 200 for a dry run's preview, 201
 * for an import, 422 for a rejected file.
 */
@Path("/api/v1/campaigns/metrics/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class CampaignMetricImportResource {

    /** The contract's limit on a file (maxLength of the body). */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final CampaignMetricImportService imports;
    private final SecurityIdentity identity;

    public CampaignMetricImportResource(CampaignMetricImportService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes("text/csv")
    public Response importCsv(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("format") String format,
            @QueryParam("channel") String channel, @QueryParam("source") String source) {
        Params params = params(dryRun, format, channel, source);
        return run(params, read(body), source == null || source.isBlank() ? "upload.csv" : source);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            @QueryParam("format") String format, @QueryParam("channel") String channel, @QueryParam("source") String source) {
        Params params = params(dryRun, format, channel, source);
        if (file == null) {
            throw ApiProblem.invalid("file", "required", "Send the file in the multipart part named file.");
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            content = read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.fileName() == null || file.fileName().isBlank() ? "upload.csv" : file.fileName();
        return run(params, content, name.length() > 200 ? name.substring(0, 200) : name);
    }

    /**
     * Any other body: 415 saying what to send. A method of its own, so that the roles are checked first
     * (an unmatched media type would be refused before the caller is).
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importOther() {
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type",
                "Send the file as text/csv, or as the part file of multipart/form-data.", null, Map.of());
    }

    private record Params(boolean dryRun, Format format, String channel) {
    }

    /** The query parameters, each checked: a bad one is a 400 naming it. */
    private static Params params(String dryRun, String format, String channel, String source) {
        Validation validation = new Validation();
        Boolean dry = QueryParams.bool(validation, "dryRun", dryRun);
        String formatName = QueryParams.oneOf(validation, "format", format == null ? null : format.trim(),
                CampaignMetricImportService.formats());
        validation.check(channel == null || channel.matches("[a-z0-9][a-z0-9-]{0,39}"), "channel", "invalid",
                "channel is a channel key such as web or meta (lower-case letters, digits and -).");
        validation.check(source == null || source.length() <= 200, "source", "too-long", "source can have at most 200 characters.");
        validation.check(source == null || source.indexOf('\0') < 0, "source", "invalid", "source contains a NUL character.");
        validation.throwIfAny();
        return new Params(Boolean.TRUE.equals(dry),
                formatName == null ? Format.VEKST : Format.valueOf(formatName.toUpperCase(Locale.ROOT)),
                channel == null ? "web" : channel);
    }

    private Response run(Params params, byte[] file, String source) {
        ImportRun run = imports.submit(new Upload(params.format(), file, params.channel(), source, params.dryRun(),
                identity.getPrincipal().getName()));
        ImportRunView view = ImportRunView.of(run);
        return run.dryRun ? Response.ok(view).build()
                : Response.created(URI.create("/api/v1/imports/" + run.id)).entity(view).build();
    }

    /** The file, at most {@link #MAX_BYTES}; a larger one is a 413. */
    private static byte[] read(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new ApiProblem(413, "payload-too-large", "Body too large",
                            "A metrics file can have at most " + MAX_BYTES / (1024 * 1024) + " MB.", null, Map.of());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
