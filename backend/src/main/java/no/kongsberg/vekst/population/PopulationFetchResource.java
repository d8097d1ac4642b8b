package no.kongsberg.vekst.population;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.imports.Uploads;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.ClientAddress;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.population.importing.PopulationImportService;
import no.kongsberg.vekst.population.importing.PopulationImportService.Format;
import no.kongsberg.vekst.population.importing.PopulationImportService.Upload;
import no.kongsberg.vekst.population.ssb.PxWebApiClient;
import no.kongsberg.vekst.population.ssb.PxWebQuery;
import no.kongsberg.vekst.population.ssb.StatisticsNorwayTables;
import no.kongsberg.vekst.population.ssb.TableMapping;

/** Fetches a table from Statistics Norway's PxWebApi and feeds it through the same import as an upload. */
@Path("/api/v1/population/fetch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class PopulationFetchResource {

    private final PxWebApiClient statisticsNorway;
    private final PopulationImportService imports;
    private final MunicipalityService municipalities;
    private final SecurityIdentity identity;
    private final ClientAddress clientAddress;

    public PopulationFetchResource(PxWebApiClient statisticsNorway, PopulationImportService imports,
            MunicipalityService municipalities, SecurityIdentity identity, ClientAddress clientAddress) {
        this.statisticsNorway = statisticsNorway;
        this.imports = imports;
        this.municipalities = municipalities;
        this.identity = identity;
        this.clientAddress = clientAddress;
    }

    public record FetchRequest(@NotNull String table, @NotNull List<String> municipalities, String from, String to, Boolean dryRun) {
    }

    @POST
    public Response fetch(@Valid @NotNull FetchRequest body, @Context HttpServerRequest request) {
        Validation validation = new Validation();
        Optional<TableMapping> table = StatisticsNorwayTables.byTableId(body.table());
        validation.check(table.isPresent(), "table", "unknown-value", "Vekst reads the tables "
                + String.join(", ", StatisticsNorwayTables.ALL.stream().map(TableMapping::tableId).toList()) + ".");
        validation.check(!body.municipalities().isEmpty() && body.municipalities().size() <= 400, "municipalities",
                body.municipalities().isEmpty() ? "required" : "too-long", "Name 1 to 400 municipalities.");
        for (int i = 0; i < body.municipalities().size() && i < 400; i++) {
            String code = body.municipalities().get(i);
            validation.check(code != null && municipalities.findByAnyCode(code).isPresent(), "municipalities[" + i + "]",
                    "unknown-municipality", "No municipality has or had the code " + QueryParams.shorten(code) + ".");
        }
        int lastYear = Year.now().getValue() - 1;
        Integer from = QueryParams.year(validation, "from", body.from());
        Integer to = QueryParams.year(validation, "to", body.to());
        int toYear = to == null ? lastYear : to;
        int fromYear = from == null ? toYear : from;
        validation.check(fromYear <= toYear, "from", "after-to", "from must not be after to.");
        validation.throwIfAny();

        byte[] answer = statisticsNorway.fetch(PxWebQuery.of(table.get(), body.municipalities(), fromYear, toYear));
        java.nio.file.Path file = Uploads.spool(new java.io.ByteArrayInputStream(answer));
        String source = "Statistics Norway table " + body.table() + " (" + fromYear + "-" + toYear + ")";
        return Uploads.responseFor(imports.submit(new Upload(Format.JSON_STAT, file, source, body.table(),
                "official", body.dryRun() == null || body.dryRun(), identity.getPrincipal().getName(), clientAddress.of(request))));
    }
}
