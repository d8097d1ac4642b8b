package no.kongsberg.vekst.municipalities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A boundary change recorded by hand: on {@link #date} the municipality gained {@link #personsMoved}
 * residents from (or, negative, lost them to) another municipality. In a population series it is an
 * adjustment, never growth.
 */
@Entity
@Table(name = "boundary_change")
public class BoundaryChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(nullable = false)
    public LocalDate date;

    @Column(name = "other_municipality", nullable = false)
    public String otherMunicipality;

    @Column(name = "other_municipality_code")
    public String otherMunicipalityCode;

    @Column(name = "persons_moved", nullable = false)
    public int personsMoved;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("municipality", municipality.code);
        view.put("date", date.toString());
        view.put("otherMunicipality", otherMunicipality);
        view.put("otherMunicipalityCode", otherMunicipalityCode);
        view.put("personsMoved", personsMoved);
        view.put("note", note);
        return view;
    }
}
