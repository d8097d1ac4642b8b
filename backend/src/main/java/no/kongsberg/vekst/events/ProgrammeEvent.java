package no.kongsberg.vekst.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.partners.Partner;

/** An event the programme runs or takes part in (Technology Summit, Boligdag, the Vekst conference, ...), with the partners involved. */
@Entity
@Table(name = "programme_event")
public class ProgrammeEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public LocalDate date;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String place;

    @Column(name = "focus_area")
    public String focusArea;

    public String description;

    public Integer attendees;

    public String notes;

    /** Fictional demo data. */
    @Column(nullable = false)
    public boolean demo;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "programme_event_partner", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    public Set<Partner> partners = new HashSet<>();

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The partners by name, as they are shown. */
    public List<Partner> partnersByName() {
        return partners.stream().sorted(Comparator.comparing((Partner p) -> p.name).thenComparing(p -> p.id)).toList();
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("date", date.toString());
        view.put("endDate", endDate == null ? null : endDate.toString());
        view.put("place", place);
        view.put("focusArea", focusArea);
        view.put("description", description);
        view.put("attendees", attendees);
        view.put("notes", notes);
        view.put("partnerIds", partners.stream().map(p -> p.id.toString()).sorted().toList());
        return view;
    }
}
