package no.kongsberg.vekst.municipalities;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
@Scope(Scope.STATISTICS)
public class MunicipalitiesResource {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "county", "county");

    private final MunicipalityService municipalities;

    public MunicipalitiesResource(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    public record CodePeriod(String code, LocalDate validFrom, LocalDate validTo) {
    }

    public record MunicipalityView(String code, String name, String countyCode, String county, List<CodePeriod> codes,
            boolean verified) {
        static MunicipalityView of(Municipality m) {
            return new MunicipalityView(m.code, m.name, m.countyCode, m.county,
                    m.codes.stream().map(c -> new CodePeriod(c.code, c.validFrom, c.validTo)).toList(), m.verified);
        }
    }

    public record MunicipalityRef(String code, String name) {
        public static MunicipalityRef of(Municipality m) {
            return new MunicipalityRef(m.code, m.name);
        }
    }

    public record RegionView(String key, String name, List<MunicipalityRef> members) {
    }

    public record RegionList(List<RegionView> items) {
    }

    @GET
    @Path("/municipalities")
    public PageRequest.Page<MunicipalityView> list(@QueryParam("q") String q, @QueryParam("county") String county,
            @QueryParam("page") String page, @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Validation validation = new Validation();
        validation.check(county == null || county.isBlank() || county.matches("[0-9]{2}"), "county", "invalid",
                "county must be a two-digit county code, like 33.");
        validation.throwIfAny();
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "code");
        var found = municipalities.search(new MunicipalityService.Filter(q == null || q.isBlank() ? null : q.trim(),
                county == null || county.isBlank() ? null : county), request);
        return request.page(found.items().stream().map(MunicipalityView::of).toList(), found.total());
    }

    @GET
    @Path("/municipalities/{code}")
    public MunicipalityView get(@PathParam("code") String code) {
        return municipalities.findByAnyCode(code).map(MunicipalityView::of).orElseThrow(() -> ApiProblem.notFound("No municipality has or had the code " + QueryParams.shorten(code) + "."));
    }

    @GET
    @Path("/regions")
    public RegionList regions() {
        return new RegionList(municipalities.regions().stream()
                .map(r -> new RegionView(r.key, r.name, r.members.stream().map(MunicipalityRef::of).toList())).toList());
    }
}
