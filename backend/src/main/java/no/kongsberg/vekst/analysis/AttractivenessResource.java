package no.kongsberg.vekst.analysis;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.analysis.AttractivenessService.Analysis;
import no.kongsberg.vekst.analysis.AttractivenessService.Coefficient;
import no.kongsberg.vekst.analysis.AttractivenessService.GroupRank;
import no.kongsberg.vekst.analysis.AttractivenessService.Row;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/analysis/attractiveness")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER})
public class AttractivenessResource {

    private final AttractivenessService attractiveness;
    private final MunicipalityService municipalities;

    public AttractivenessResource(AttractivenessService attractiveness, MunicipalityService municipalities) {
        this.attractiveness = attractiveness;
        this.municipalities = municipalities;
    }

    public record Place(String code, String name) {
        static Place of(Municipality m) {
            return new Place(m.code, m.name);
        }
    }

    public record RowView(Place municipality, int population, int netMigration, int jobsFrom, int jobsTo, double netMigrationRate,
            double jobGrowthRate, double expectedNetMigrationRate, double residual, int rank, List<GroupRank> groupRanks,
            boolean home, boolean peer, boolean synthetic) {
        static RowView of(Row r) {
            return new RowView(Place.of(r.municipality()), r.population(), r.netMigration(), r.jobsFrom(), r.jobsTo(),
                    r.netMigrationRate(), r.jobGrowthRate(), r.expectedNetMigrationRate(), r.residual(), r.rank(), r.groupRanks(),
                    r.home(), r.peer(), r.synthetic());
        }
    }

    public record ExclusionView(Place municipality, String reason, LocalDate date) {
    }

    public record AnalysisView(String from, String to, int years, int municipalitiesUsed, int municipalitiesIncomplete,
            List<Coefficient> coefficients, double rSquared, double residualStandardError, List<RowView> rows,
            List<ExclusionView> excluded, int syntheticMunicipalities) implements DataLicences.Attributed {

        /** Vekst's regression on Statistics Norway's figures. */
        @Override
        public String source() {
            return DataLicences.STATISTICS_NORWAY_AND_VEKST;
        }
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN, Roles.PARTNER, Roles.INTEGRATOR})
    @Scope(Scope.STATISTICS)
    public AnalysisView get(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("municipality") String municipality) {
        Validation validation = new Validation();
        Integer first = QueryParams.year(validation, "from", from, 1900, 2100);
        Integer last = QueryParams.year(validation, "to", to, 1900, 2100);
        String code = QueryParams.municipalityCode(validation, "municipality", municipality);
        validation.throwIfAny();
        Municipality asked = code == null ? null : municipalities.findByAnyCode(code).orElseThrow(() -> ApiProblem.invalid(
                "municipality", "unknown-municipality", "No municipality has had the code " + code + "."));
        if (last == null) {
            last = attractiveness.defaultTo();
            if (last == null) {
                throw new ApiProblem(422, "too-few-municipalities", "Too few municipalities",
                        "No jobs by workplace are stored for any year; import employment and population figures first.", null, Map.of());
            }
        }
        int start = first == null ? last - AttractivenessService.DEFAULT_YEARS : first;
        validation.check(start < last, "to", "not-after-from", "to must be after from.");
        validation.check(last - start <= AttractivenessService.MAX_YEARS, "to", "span-too-long",
                "The span can be at most " + AttractivenessService.MAX_YEARS + " years.");
        validation.throwIfAny();
        Analysis analysis = attractiveness.analyse(start, last);
        List<Row> rows = analysis.rows();
        if (asked != null) {
            rows = rows.stream().filter(r -> r.municipality().id.equals(asked.id)).toList();
            if (rows.isEmpty()) {
                boolean excluded = analysis.excluded().stream().anyMatch(e -> e.municipality().id.equals(asked.id));
                throw new ApiProblem(422, "not-in-fit", "Not in the fit", asked.name + " is not in the fit for " + start + "–" + last
                        + (excluded ? ": its boundaries changed within the span." : ": some of its figures for the span are missing."),
                        null, Map.of());
            }
        }
        return new AnalysisView(Integer.toString(analysis.from()), Integer.toString(analysis.to()), analysis.years(),
                analysis.municipalitiesUsed(), analysis.municipalitiesIncomplete(), analysis.coefficients(), analysis.rSquared(),
                analysis.residualStandardError(), rows.stream().map(RowView::of).toList(),
                analysis.excluded().stream().map(e -> new ExclusionView(Place.of(e.municipality()), e.reason(), e.date())).toList(),
                analysis.syntheticMunicipalities());
    }
}
