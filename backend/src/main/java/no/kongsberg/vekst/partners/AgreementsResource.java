package no.kongsberg.vekst.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.settings.SettingsService;

@Path("/api/v1/partners/{id}/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    private final AgreementService agreements;
    private final SettingsService settings;

    public AgreementsResource(AgreementService agreements, SettingsService settings) {
        this.agreements = agreements;
        this.settings = settings;
    }

    public record TierRef(String key, String name) {
    }

    public record Step(String status, Instant at, String by) {
    }

    public record BandOverride(String reason, String by, Instant at) {
    }

    public record AgreementView(UUID id, UUID partnerId, String partnerName, int year, TierRef tier, long cashNok,
            long inKindNok, String inKindDescription, long totalNok, String benefits, String status, List<Step> steps,
            String cancelReason, String invoiceReference, BandOverride bandOverride, Instant createdAt, Instant updatedAt) {
        static AgreementView of(Agreement a) {
            return new AgreementView(a.id, a.partner.id, a.partner.name, a.year, new TierRef(a.tier.key, a.tier.name),
                    a.cashNok, a.inKindNok, a.inKindDescription, a.totalNok(), a.benefits, a.status,
                    a.steps.stream().map(s -> new Step(s.status, s.at, s.by)).toList(), a.cancelReason, a.invoiceReference,
                    a.bandOverrideReason == null ? null : new BandOverride(a.bandOverrideReason, a.bandOverrideBy, a.bandOverrideAt),
                    a.createdAt, a.updatedAt);
        }
    }

    public record AgreementInput(Integer year, String tierKey, Long cashNok, Long inKindNok, String inKindDescription,
            String benefits, String bandOverrideReason) {
        AgreementService.Terms terms() {
            return new AgreementService.Terms(year, tierKey, cashNok, inKindNok, inKindDescription, benefits, bandOverrideReason);
        }
    }

    public record AgreementTransition(String to, String reason, String invoiceReference) {
    }

    public record AgreementList(List<AgreementView> items) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public AgreementList list(@PathParam("id") String id) {
        return new AgreementList(agreements.list(PartnersResource.partnerId(id)).stream().map(AgreementView::of).toList());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@PathParam("id") String id, @NotNull AgreementInput body) {
        return created(agreements.create(PartnersResource.partnerId(id), body.terms()));
    }

    @GET
    @Path("/{agreementId}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public Response get(@PathParam("id") String id, @PathParam("agreementId") String agreementId) {
        return ok(agreements.get(PartnersResource.partnerId(id), agreementId(agreementId)));
    }

    @PUT
    @Path("/{agreementId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @PathParam("agreementId") String agreementId,
            @HeaderParam("If-Match") String ifMatch, @NotNull AgreementInput body) {
        return ok(agreements.update(PartnersResource.partnerId(id), agreementId(agreementId), ifMatch, body.terms()));
    }

    @POST
    @Path("/{agreementId}/transitions")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response transition(@PathParam("id") String id, @PathParam("agreementId") String agreementId,
            @HeaderParam("If-Match") String ifMatch, @NotNull AgreementTransition body) {
        return ok(agreements.move(PartnersResource.partnerId(id), agreementId(agreementId), ifMatch,
                new AgreementService.Move(body.to(), body.reason(), body.invoiceReference())));
    }

    @POST
    @Path("/{agreementId}/renewal")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response renew(@PathParam("id") String id, @PathParam("agreementId") String agreementId) {
        return created(agreements.renew(PartnersResource.partnerId(id), agreementId(agreementId)));
    }

    @GET
    @Path("/{agreementId}/pdf")
    // Also JSON, so that a refusal (404, 403) reaches a client that asked for the PDF as problem+json.
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public Response pdf(@PathParam("id") String id, @PathParam("agreementId") String agreementId) {
        Agreement agreement = agreements.get(PartnersResource.partnerId(id), agreementId(agreementId));
        byte[] pdf = AgreementPdf.render(agreement, settings.current().programmeName, "Kongsberg kommune og Kongsberg Næringsforum");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"agreement-" + agreement.year + "-" + agreement.partner.organisationNumber + ".pdf\"")
                .build();
    }

    private static Response ok(Agreement agreement) {
        return Response.ok(AgreementView.of(agreement)).tag(tag(agreement)).build();
    }

    private static Response created(Agreement agreement) {
        return Response.created(URI.create("/api/v1/partners/" + agreement.partner.id + "/agreements/" + agreement.id))
                .tag(tag(agreement)).entity(AgreementView.of(agreement)).build();
    }

    private static UUID agreementId(String id) {
        return QueryParams.uuidOrNotFound(id, "agreement");
    }

    private static EntityTag tag(Agreement agreement) {
        return new EntityTag(Long.toString(agreement.version));
    }
}
