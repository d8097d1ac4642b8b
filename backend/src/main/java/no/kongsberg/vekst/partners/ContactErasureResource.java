package no.kongsberg.vekst.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.kongsberg.vekst.auth.Roles;

/** The contacts the retention rule says to erase: their partner has been former for too long. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactErasureResource {

    private final ContactService contacts;

    public ContactErasureResource(ContactService contacts) {
        this.contacts = contacts;
    }

    public record DueForErasureItem(UUID contactId, String name, UUID partnerId, String partnerName, LocalDate formerSince) {
    }

    public record ContactsDueForErasure(int retentionYears, List<DueForErasureItem> items) {
    }

    @GET
    @Path("/due-for-erasure")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public ContactsDueForErasure dueForErasure() {
        return new ContactsDueForErasure(contacts.retentionYears(), contacts.dueForErasure().stream()
                .map(d -> new DueForErasureItem(d.contact().id, d.contact().name, d.partner().id, d.partner().name,
                        d.partner().formerSince))
                .toList());
    }
}
