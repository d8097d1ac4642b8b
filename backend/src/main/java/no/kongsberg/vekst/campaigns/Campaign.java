package no.kongsberg.vekst.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A communication campaign (Velkommen hjem, ...): its plan, budget, co-funding partners, linked KPIs,
 * targets and tracking links. Its results per date and channel are rows of campaign_metric.
 * Small lists and maps are stored as text (comma-separated keys or JSON): they are always read and
 * written with the campaign, never queried on their own, except channels and focus areas, which the
 * list filters with a delimited LIKE.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    static final List<String> STATUSES = List.of("planned", "active", "completed", "cancelled");
    static final List<String> METRICS = List.of("impressions", "reach", "clicks", "sessions", "leads");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String slug;

    public String description;

    /** Comma-separated, with a leading and trailing comma so that ",residents," finds one. */
    @Column(name = "focus_areas", nullable = false)
    String focusAreas = "";

    @Column(name = "target_groups", nullable = false)
    String targetGroups = "[]";

    /** Comma-separated like the focus areas, in the order given. */
    @Column(nullable = false)
    String channels = "";

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "budget_nok", nullable = false)
    public long budgetNok;

    @Column(name = "other_spend_nok", nullable = false)
    public long otherSpendNok;

    public String owner;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    String targets = "{}";

    @Column(nullable = false)
    String links = "[]";

    /** Fictional demo data. */
    @Column(nullable = false)
    public boolean demo;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_partner", joinColumns = @JoinColumn(name = "campaign_id"))
    public List<CoFunding> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_kpi", joinColumns = @JoinColumn(name = "campaign_id"))
    public List<KpiLink> kpis = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A partner's share of the campaign's financing. */
    @Embeddable
    public static class CoFunding {
        @Column(name = "partner_id", nullable = false)
        public UUID partnerId;

        @Column(name = "amount_nok", nullable = false)
        public long amountNok;

        protected CoFunding() {
        }

        public CoFunding(UUID partnerId, long amountNok) {
            this.partnerId = partnerId;
            this.amountNok = amountNok;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CoFunding other && partnerId.equals(other.partnerId) && amountNok == other.amountNok;
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, amountNok);
        }
    }

    /** A KPI the campaign works towards; {@code feeds} (sessions or leads) adds its results to the KPI's value. */
    @Embeddable
    public static class KpiLink {
        @Column(name = "kpi_key", nullable = false)
        public String kpiKey;

        public String feeds;

        protected KpiLink() {
        }

        public KpiLink(String kpiKey, String feeds) {
            this.kpiKey = kpiKey;
            this.feeds = feeds;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof KpiLink other && kpiKey.equals(other.kpiKey) && Objects.equals(feeds, other.feeds);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kpiKey, feeds);
        }
    }

    /** A tracking link as stored; the view adds the built URL. */
    public record Link(String baseUrl, String source, String medium, String content) {
    }

    public List<String> focusAreas() {
        return split(focusAreas);
    }

    public void focusAreas(List<String> values) {
        focusAreas = join(values);
    }

    public List<String> channels() {
        return split(channels);
    }

    public void channels(List<String> values) {
        channels = join(values);
    }

    public List<String> targetGroups() {
        return read(targetGroups, new TypeReference<List<String>>() {
        });
    }

    public void targetGroups(List<String> values) {
        targetGroups = write(values);
    }

    /** Targets by metric, in the order of {@link #METRICS}. */
    public Map<String, Long> targets() {
        Map<String, Long> stored = read(targets, new TypeReference<Map<String, Long>>() {
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        METRICS.stream().filter(stored::containsKey).forEach(m -> ordered.put(m, stored.get(m)));
        return ordered;
    }

    public void targets(Map<String, Long> values) {
        targets = write(values);
    }

    public List<Link> links() {
        return read(links, new TypeReference<List<Link>>() {
        });
    }

    public void links(List<Link> values) {
        links = write(values);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", name);
        view.put("slug", slug);
        view.put("description", description);
        view.put("focusAreas", focusAreas());
        view.put("targetGroups", targetGroups());
        view.put("channels", channels());
        view.put("startDate", startDate.toString());
        view.put("endDate", endDate.toString());
        view.put("budgetNok", budgetNok);
        view.put("otherSpendNok", otherSpendNok);
        view.put("owner", owner);
        view.put("status", status);
        view.put("targets", targets());
        view.put("links", links().stream().map(l -> l.baseUrl() + " " + l.source() + "/" + l.medium() + "/" + l.content()).toList());
        view.put("kpis", kpis.stream().map(k -> k.kpiKey + (k.feeds == null ? "" : " <- " + k.feeds)).sorted().toList());
        view.put("partners", partners.stream().map(p -> p.partnerId + " " + p.amountNok).sorted().toList());
        return view;
    }

    private static List<String> split(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? "" : "," + String.join(",", values) + ",";
    }

    private static <T> T read(String stored, TypeReference<T> type) {
        try {
            return JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Campaign column is not JSON: " + stored, e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
