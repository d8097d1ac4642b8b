package no.kongsberg.vekst.actionplan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** One activity of a year's action plan, on one of the two axes and in one focus area, linked to KPIs. */
@Entity
@Table(name = "activity")
public class Activity extends PanacheEntityBase {

    public static final List<String> AXES = List.of("communication", "growth-activity");
    public static final String PLANNED = "planned";
    public static final String IN_PROGRESS = "in-progress";
    public static final String DONE = "done";
    public static final String POSTPONED = "postponed";
    public static final String CANCELLED = "cancelled";
    public static final List<String> STATUSES = List.of(PLANNED, IN_PROGRESS, DONE, POSTPONED, CANCELLED);
    /** Not yet done nor given up: what copying into the next year carries over. */
    public static final List<String> UNFINISHED = List.of(PLANNED, IN_PROGRESS, POSTPONED);

    @Id
    public UUID id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(nullable = false)
    public String axis;

    @Column(name = "focus_area", nullable = false)
    public String focusArea;

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public String status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_kpi", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "kpi_key")
    public Set<String> kpiKeys = new TreeSet<>();

    @Column(name = "copied_from")
    public UUID copiedFrom;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("year", year);
        view.put("title", title);
        view.put("description", description);
        view.put("axis", axis);
        view.put("focusArea", focusArea);
        view.put("owner", owner);
        view.put("dueDate", dueDate == null ? null : dueDate.toString());
        view.put("status", status);
        view.put("kpiKeys", List.copyOf(new TreeSet<>(kpiKeys)));
        view.put("copiedFrom", copiedFrom == null ? null : copiedFrom.toString());
        return view;
    }
}
