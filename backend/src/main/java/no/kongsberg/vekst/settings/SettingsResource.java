package no.kongsberg.vekst.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import no.kongsberg.vekst.auth.Roles;

@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsService settings;

    public SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    public record SettingsInput(String programmeName, String homeMunicipality, String preferredPopulationVariant,
            Integer programmeStartYear) {
    }

    public record SettingsView(String programmeName, String homeMunicipality, String preferredPopulationVariant,
            int programmeStartYear, Instant updatedAt) {
        static SettingsView of(ProgrammeSettings s) {
            return new SettingsView(s.programmeName, s.homeMunicipality, s.preferredPopulationVariant, s.programmeStartYear,
                    s.updatedAt);
        }
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public Response get() {
        ProgrammeSettings current = settings.current();
        return Response.ok(SettingsView.of(current)).tag(new EntityTag(Integer.toString(current.version))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    public Response update(@HeaderParam("If-Match") String ifMatch, @NotNull SettingsInput body) {
        ProgrammeSettings updated = settings.update(ifMatch, new SettingsService.Change(body.programmeName(),
                body.homeMunicipality(), body.preferredPopulationVariant(), body.programmeStartYear()));
        return Response.ok(SettingsView.of(updated)).tag(new EntityTag(Integer.toString(updated.version))).build();
    }
}
