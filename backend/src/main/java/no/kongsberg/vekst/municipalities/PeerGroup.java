package no.kongsberg.vekst.municipalities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Municipalities an admin chose to compare Kongsberg with. */
@Entity
@Table(name = "peer_group")
public class PeerGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String key;

    @Column(nullable = false)
    public String name;

    public String description;

    @ManyToMany
    @JoinTable(name = "peer_group_member", joinColumns = @JoinColumn(name = "peer_group_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    @OrderBy("name")
    public List<Municipality> members = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("description", description);
        view.put("members", members.stream().map(m -> m.code).sorted().toList());
        return view;
    }
}
