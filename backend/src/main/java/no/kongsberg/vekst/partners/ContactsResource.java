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
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditEntry;
import no.kongsberg.vekst.auth.Roles;
import no.kongsberg.vekst.platform.QueryParams;

/** A partner's contacts (personal data): editors, admins and the partner's own users; never viewers. */
@Path("/api/v1/partners/{id}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactsResource {

    private final ContactService contacts;

    public ContactsResource(ContactService contacts) {
        this.contacts = contacts;
    }

    public record ContactView(UUID id, UUID partnerId, String name, String role, String email, String phone,
            String consentNote, Instant erasedAt, int version, Instant createdAt, Instant updatedAt) {
        static ContactView of(PartnerContact c) {
            return new ContactView(c.id, c.partnerId, c.name, c.role, c.email, c.phone, c.consentNote, c.erasedAt,
                    c.version, c.createdAt, c.updatedAt);
        }
    }

    public record ContactInput(String name, String role, String email, String phone, String consentNote) {
        ContactService.Details details() {
            return new ContactService.Details(name, role, email, phone, consentNote);
        }
    }

    public record ContactList(List<ContactView> items) {
    }

    public record PartnerSummary(UUID id, String name, String organisationNumber) {
    }

    public record HistoryEntry(Instant at, String actor, String action, Map<String, Map<String, Object>> changes) {
    }

    public record ContactExport(Instant exportedAt, PartnerSummary partner, ContactView contact, List<HistoryEntry> history) {
    }

    @GET
    @RolesAllowed({Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public ContactList list(@PathParam("id") String id) {
        return new ContactList(contacts.list(PartnersResource.partnerId(id)).stream().map(ContactView::of).toList());
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public Response create(@PathParam("id") String id, @NotNull ContactInput body) {
        UUID partnerId = PartnersResource.partnerId(id);
        PartnerContact contact = contacts.create(partnerId, body.details());
        return Response.created(URI.create("/api/v1/partners/" + partnerId + "/contacts/" + contact.id)).tag(tag(contact))
                .entity(ContactView.of(contact)).build();
    }

    @PUT
    @Path("/{contactId}")
    @RolesAllowed({Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @PathParam("contactId") String contactId,
            @HeaderParam("If-Match") String ifMatch, @NotNull ContactInput body) {
        PartnerContact contact = contacts.update(PartnersResource.partnerId(id), contactId(contactId), ifMatch, body.details());
        return Response.ok(ContactView.of(contact)).tag(tag(contact)).build();
    }

    @GET
    @Path("/{contactId}/export")
    @RolesAllowed({Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public Response export(@PathParam("id") String id, @PathParam("contactId") String contactId) {
        ContactService.Export export = contacts.export(PartnersResource.partnerId(id), contactId(contactId));
        Partner p = export.partner();
        List<HistoryEntry> history = export.history().stream().map(ContactsResource::historyEntry).toList();
        return Response.ok(new ContactExport(export.exportedAt(), new PartnerSummary(p.id, p.name, p.organisationNumber),
                ContactView.of(export.contact()), history))
                .header("Content-Disposition", "attachment; filename=\"contact-" + export.contact().id + ".json\"").build();
    }

    @POST
    @Path("/{contactId}/erasure")
    @RolesAllowed({Roles.EDITOR, Roles.PARTNER, Roles.ADMIN})
    public ContactView erase(@PathParam("id") String id, @PathParam("contactId") String contactId) {
        return ContactView.of(contacts.erase(PartnersResource.partnerId(id), contactId(contactId)));
    }

    private static HistoryEntry historyEntry(AuditEntry entry) {
        return new HistoryEntry(entry.at, entry.actor, entry.action, entry.changes);
    }

    private static UUID contactId(String id) {
        return QueryParams.uuidOrNotFound(id, "contact");
    }

    private static EntityTag tag(PartnerContact contact) {
        return new EntityTag(Long.toString(contact.version));
    }
}
