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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.auth.Scope;
import no.kongsberg.vekst.auth.UsersResource.UserView;
import no.kongsberg.vekst.platform.CsvExport;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;

@Path("/api/v1/partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "organisationNumber", "organisationNumber",
            "sector", "sector", "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final PartnerService partners;
    private final PartnerUsers partnerUsers;
    private final PartnerAccess access;

    public PartnersResource(PartnerService partners, PartnerUsers partnerUsers, PartnerAccess access) {
        this.partners = partners;
        this.partnerUsers = partnerUsers;
        this.access = access;
    }

    public record PartnerView(UUID id, String organisationNumber, String name, String sector, String sizeBand,
            String address, String postalCode, String postalPlace, String municipality, String website, String logoUrl,
            String status, LocalDate formerSince, boolean publicListingConsent, LocalDate publicListingConsentDate,
            String notes, Instant createdAt, Instant updatedAt) {
        /** The staff's notes stay with the staff. */
        static PartnerView of(Partner p, boolean staff) {
            return new PartnerView(p.id, p.organisationNumber, p.name, p.sector, p.sizeBand, p.address, p.postalCode,
                    p.postalPlace, p.municipality, p.website, p.logoUrl, p.status, p.formerSince, p.publicListingConsent,
                    p.publicListingConsentDate, staff ? p.notes : null, p.createdAt, p.updatedAt);
        }
    }

    public record PartnerInput(String organisationNumber, String name, String sector, String sizeBand, String address,
            String postalCode, String postalPlace, String municipality, String website, String logoUrl, String status,
            Boolean publicListingConsent, LocalDate publicListingConsentDate, String notes) {
        PartnerService.Details details() {
            return new PartnerService.Details(organisationNumber, name, sector, sizeBand, address, postalCode, postalPlace,
                    municipality, website, logoUrl, status, publicListingConsent, publicListingConsentDate, notes);
        }
    }

    public record PartnerProfileUpdate(String name, String sizeBand, String address, String postalCode, String postalPlace,
            String website, String logoUrl, Boolean publicListingConsent) {
    }

    public record PartnerInvite(String username, String displayName) {
    }

    public record PartnerInvitation(UserView user, String temporaryPassword) {
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PARTNERS_PUBLIC)
    public PageRequest.Page<PartnerView> list(@QueryParam("q") String q, @QueryParam("sector") String sector,
            @QueryParam("status") String status, @QueryParam("municipality") String municipality,
            @QueryParam("agreementYear") String agreementYear, @QueryParam("page") String page,
            @QueryParam("size") String size, @QueryParam("sort") String sort) {
        PartnerService.Filter filter = filter(q, sector, status, municipality, agreementYear);
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "name").nullsLastThenById();
        var found = partners.search(filter, request);
        boolean staff = access.isStaff();
        return request.page(found.items().stream().map(p -> PartnerView.of(p, staff)).toList(), found.total());
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.ADMIN})
    public Response export(@QueryParam("q") String q, @QueryParam("sector") String sector,
            @QueryParam("status") String status, @QueryParam("municipality") String municipality,
            @QueryParam("agreementYear") String agreementYear, @QueryParam("sort") String sort) {
        PartnerService.Filter filter = filter(q, sector, status, municipality, agreementYear);
        PageRequest order = PageRequest.of(null, null, sort, SORTABLE, "name").nullsLastThenById();
        List<List<Object>> rows = partners.all(filter, order.sort()).stream().map(p -> List.<Object>of(
                p.organisationNumber, p.name, p.sector, orEmpty(p.sizeBand), p.status, orEmpty(p.municipality),
                orEmpty(p.address), orEmpty(p.postalCode), orEmpty(p.postalPlace), orEmpty(p.website),
                p.publicListingConsent ? "yes" : "no", p.createdAt.atOffset(ZoneOffset.UTC).toLocalDate().toString())).toList();
        String csv = CsvExport.of(List.of("organisationNumber", "name", "sector", "sizeBand", "status", "municipality",
                "address", "postalCode", "postalPlace", "website", "publicListingConsent", "createdAt"), rows);
        return CsvExport.download("partners.csv", csv);
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@NotNull PartnerInput body) {
        Partner partner = partners.create(body.details());
        return Response.created(URI.create("/api/v1/partners/" + partner.id)).tag(tag(partner))
                .entity(PartnerView.of(partner, true)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.VIEWER, Roles.EDITOR, Roles.PARTNER, Roles.ADMIN, Roles.INTEGRATOR})
    @Scope(Scope.PARTNERS_PUBLIC)
    public Response get(@PathParam("id") String id) {
        Partner partner = partners.get(partnerId(id));
        return Response.ok(PartnerView.of(partner, access.isStaff())).tag(tag(partner)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @NotNull PartnerInput body) {
        Partner partner = partners.update(partnerId(id), ifMatch, body.details());
        return Response.ok(PartnerView.of(partner, true)).tag(tag(partner)).build();
    }

    @PUT
    @Path("/{id}/profile")
    @RolesAllowed(Roles.PARTNER)
    public Response updateProfile(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull PartnerProfileUpdate body) {
        Partner partner = partners.updateProfile(partnerId(id), ifMatch, new PartnerService.Profile(body.name(),
                body.sizeBand(), body.address(), body.postalCode(), body.postalPlace(), body.website(), body.logoUrl(),
                body.publicListingConsent()));
        return Response.ok(PartnerView.of(partner, access.isStaff())).tag(tag(partner)).build();
    }

    @POST
    @Path("/{id}/users")
    @RolesAllowed(Roles.ADMIN)
    public Response invite(@PathParam("id") String id, @NotNull PartnerInvite body) {
        PartnerUsers.Invitation invitation = partnerUsers.invite(partnerId(id), body.username(), body.displayName());
        return Response.created(URI.create("/api/v1/users/" + invitation.user().id))
                .entity(new PartnerInvitation(UserView.of(invitation.user()), invitation.temporaryPassword())).build();
    }

    /** A partner id from the path: anything that is not a UUID names no partner (404). */
    static UUID partnerId(String id) {
        return QueryParams.uuidOrNotFound(id, "partner");
    }

    static EntityTag tag(Partner partner) {
        return new EntityTag(Long.toString(partner.version));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static PartnerService.Filter filter(String q, String sector, String status, String municipality, String agreementYear) {
        Validation validation = new Validation();
        String sectorFilter = QueryParams.oneOf(validation, "sector", sector, Set.copyOf(Partner.SECTORS));
        String statusFilter = QueryParams.oneOf(validation, "status", status, Set.copyOf(Partner.STATUSES));
        Integer year = QueryParams.year(validation, "agreementYear", agreementYear, Agreements.FIRST_YEAR, Agreements.LAST_YEAR);
        validation.throwIfAny();
        return new PartnerService.Filter(q == null || q.isBlank() ? null : q.trim(), sectorFilter, statusFilter,
                municipality == null || municipality.isBlank() ? null : municipality.trim(), year);
    }
}
