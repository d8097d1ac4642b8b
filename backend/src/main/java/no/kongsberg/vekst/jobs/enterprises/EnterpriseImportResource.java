package no.kongsberg.vekst.jobs.enterprises;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.Uploads;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Units of the register in: a search page, the bulk download or an update-stream page, as JSON,
 * gzipped (any content type; recognised by its magic bytes) or the part `file` of a multipart
 * upload. `classification` (SN2025 by default, the standard the register has used since 2025;
 * SN2007 for older files) says which standard the NACE codes follow.
 */
@Path("/api/v1/jobs/enterprises/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class EnterpriseImportResource {

    private final EnterpriseImportService imports;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    public EnterpriseImportResource(EnterpriseImportService imports, SecurityIdentity identity, ClientAddress clientAddress) {
        this.imports = imports;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importJson(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("classification") String classification, @Context HttpServerRequest request) {
        return run(Uploads.spool(body), dryRun, Uploads.sourceOr(source, "enheter.json"), classification, request);
    }

    @POST
    @Consumes("application/gzip")
    public Response importGzip(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("classification") String classification, @Context HttpServerRequest request) {
        return run(Uploads.spool(body), dryRun, Uploads.sourceOr(source, "enheter.json.gz"), classification, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importMultipart(@RestForm("file") FileUpload file, @QueryParam("dryRun") String dryRun,
            @QueryParam("classification") String classification, @Context HttpServerRequest request) {
        java.nio.file.Path copy = Uploads.spool(file);
        String name = Uploads.nameOf(file);
        return run(copy, dryRun, name.length() > 200 ? name.substring(0, 200) : name, classification, request);
    }

    /**
     * Any other body: imported when gzipped (the register's download is often sent as
     * application/octet-stream or application/x-gzip), else 415 saying what to send. A method of
     * its own, so that the roles are checked before the media type.
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response importOther(InputStream body, @QueryParam("dryRun") String dryRun, @QueryParam("source") String source,
            @QueryParam("classification") String classification, @Context HttpServerRequest request) {
        java.nio.file.Path file = Uploads.spool(body);
        if (!gzipped(file)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new ApiProblem(415, "unsupported-media-type", "Unsupported Media Type",
                    "Send the register's JSON as application/json, gzipped (application/gzip), or as the part file of multipart/form-data.",
                    null, Map.of());
        }
        return run(file, dryRun, Uploads.sourceOr(source, "enheter.json.gz"), classification, request);
    }

    private Response run(java.nio.file.Path file, String dryRun, String source, String classification, HttpServerRequest request) {
        Validation validation = new Validation();
        String standard = QueryParams.oneOf(validation, "classification", classification, NaceSections.CLASSIFICATIONS);
        Uploads.Parameters parameters = Uploads.parameters(validation, file, dryRun, source);
        EnterpriseImportService.Upload upload = new EnterpriseImportService.Upload(file, parameters.source(),
                standard == null ? NaceSections.SN2025 : standard, parameters.dryRun(), identity.getPrincipal().getName(),
                clientAddress.of(request));
        // The service owns the file from here and deletes it when the import is done.
        return Uploads.responseFor(imports.submit(upload));
    }

    private static boolean gzipped(java.nio.file.Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
