package no.kongsberg.vekst.campaigns;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.kpis.KpiContributions;

/**
 * A campaign's results per date and channel: recording them (insert, replace or remove by date and
 * channel), the totals the campaign views show, and the yearly sessions or leads that feed KPIs.
 */
@ApplicationScoped
public class CampaignMetricsService implements KpiContributions {

    static final String AUDIT_ENTITY = "campaign-metric";
    private static final String SUMS = "coalesce(sum(impressions), 0), coalesce(sum(reach), 0), coalesce(sum(clicks), 0), "
            + "coalesce(sum(sessions), 0), coalesce(sum(leads), 0), coalesce(sum(cost_nok), 0)";

    private final AuditService audit;

    public CampaignMetricsService(AuditService audit) {
        this.audit = audit;
    }

    /** How many rows a recording inserted, replaced, left as they were and removed. */
    public record Counts(int inserted, int updated, int unchanged, int removed) {
    }

    /** A campaign's rows in the period (either end open), by date and channel. */
    public List<MetricRow> rows(UUID campaignId, LocalDate from, LocalDate to) {
        Query query = em().createNativeQuery("select date, channel, impressions, reach, clicks, sessions, leads, cost_nok "
                + "from campaign_metric where campaign_id = :id and date >= :from and date <= :to order by date, channel")
                .setParameter("id", campaignId)
                .setParameter("from", from == null ? LocalDate.of(MetricRow.FIRST_YEAR, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(MetricRow.LAST_YEAR, 12, 31) : to);
        List<MetricRow> rows = new ArrayList<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            rows.add(new MetricRow(date(c[0]), (String) c[1], count(c[2]), count(c[3]), count(c[4]), count(c[5]), count(c[6]),
                    (BigDecimal) c[7]));
        }
        return rows;
    }

    /** The totals of each campaign over all its results; campaigns without results are left out. */
    public Map<UUID, MetricTotals> totals(Collection<UUID> campaignIds) {
        return totals(campaignIds, null);
    }

    /** The totals of each campaign over its results in the year (all years when null). */
    public Map<UUID, MetricTotals> totals(Collection<UUID> campaignIds, Integer year) {
        return year == null ? totals(campaignIds, null, null) : totals(campaignIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The totals of each campaign over its results dated from {@code from} to {@code to}, either open when null. */
    public Map<UUID, MetricTotals> totals(Collection<UUID> campaignIds, LocalDate from, LocalDate to) {
        if (campaignIds.isEmpty()) {
            return Map.of();
        }
        Query query = em().createNativeQuery("select campaign_id, " + SUMS + " from campaign_metric where campaign_id in (:ids)"
                + (from == null ? "" : " and date >= :from") + (to == null ? "" : " and date <= :to") + " group by campaign_id")
                .setParameter("ids", campaignIds);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        Map<UUID, MetricTotals> totals = new HashMap<>();
        for (Object r : query.getResultList()) {
            Object[] c = (Object[]) r;
            totals.put((UUID) c[0], MetricTotals.of(number(c[1]), number(c[2]), number(c[3]), number(c[4]), number(c[5]),
                    (BigDecimal) c[6]));
        }
        return totals;
    }

    /** Per fed KPI, the sum per year of the sessions or leads of the campaigns that feed it. */
    @Override
    @Transactional
    public Map<String, NavigableMap<Integer, Double>> byKpi() {
        String fed = "case when k.feeds = 'sessions' then m.sessions else m.leads end";
        List<?> rows = em().createNativeQuery("select k.kpi_key, cast(extract(year from m.date) as integer), sum(" + fed + ") "
                + "from campaign_metric m join campaign_kpi k on k.campaign_id = m.campaign_id "
                + "where k.feeds is not null group by 1, 2 having count(" + fed + ") > 0").getResultList();
        Map<String, NavigableMap<Integer, Double>> byKpi = new HashMap<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            byKpi.computeIfAbsent((String) c[0], k -> new TreeMap<>()).put(((Number) c[1]).intValue(), ((Number) c[2]).doubleValue());
        }
        return byKpi;
    }

    /**
     * Records checked rows in the caller's transaction: a new date and channel is inserted, a known one
     * replaced, and an empty row removes it. Every change is audited.
     */
    public Counts record(UUID campaignId, List<MetricRow> rows) {
        return record(campaignId, rows, true);
    }

    /** Demo data is written without audit entries: nobody entered it. */
    Counts record(UUID campaignId, List<MetricRow> rows, boolean audited) {
        if (rows.isEmpty()) {
            return new Counts(0, 0, 0, 0);
        }
        LocalDate first = rows.stream().map(MetricRow::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(MetricRow::date).max(LocalDate::compareTo).orElseThrow();
        Map<String, MetricRow> stored = new HashMap<>();
        rows(campaignId, first, last).forEach(r -> stored.put(key(r), r));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int removed = 0;
        Instant now = Instant.now();
        for (MetricRow row : rows) {
            MetricRow before = stored.get(key(row));
            String auditId = campaignId + "/" + row.date() + "/" + row.channel();
            if (row.empty()) {
                if (before == null) {
                    unchanged++;
                    continue;
                }
                em().createNativeQuery("delete from campaign_metric where campaign_id = :id and date = :date and channel = :channel")
                        .setParameter("id", campaignId).setParameter("date", row.date()).setParameter("channel", row.channel())
                        .executeUpdate();
                if (audited) {
                    audit.record("delete", AUDIT_ENTITY, auditId, Changes.deleted(auditView(before)));
                }
                stored.remove(key(row));
                removed++;
            } else if (before == null) {
                write(campaignId, row, now, true);
                if (audited) {
                    audit.record("create", AUDIT_ENTITY, auditId, Changes.created(auditView(row)));
                }
                stored.put(key(row), row);
                inserted++;
            } else if (before.sameValues(row)) {
                unchanged++;
            } else {
                write(campaignId, row, now, false);
                if (audited) {
                    audit.recordUpdate(AUDIT_ENTITY, auditId, auditView(before), auditView(row));
                }
                stored.put(key(row), row);
                updated++;
            }
        }
        return new Counts(inserted, updated, unchanged, removed);
    }

    private void write(UUID campaignId, MetricRow row, Instant now, boolean insert) {
        String sql = insert
                ? "insert into campaign_metric (campaign_id, date, channel, impressions, reach, clicks, sessions, leads, cost_nok, "
                        + "updated_at) values (:id, :date, :channel, :impressions, :reach, :clicks, :sessions, :leads, :cost, :now)"
                : "update campaign_metric set impressions = :impressions, reach = :reach, clicks = :clicks, sessions = :sessions, "
                        + "leads = :leads, cost_nok = :cost, updated_at = :now where campaign_id = :id and date = :date and channel = :channel";
        em().createNativeQuery(sql).setParameter("id", campaignId).setParameter("date", row.date())
                .setParameter("channel", row.channel()).setParameter("impressions", row.impressions())
                .setParameter("reach", row.reach()).setParameter("clicks", row.clicks()).setParameter("sessions", row.sessions())
                .setParameter("leads", row.leads()).setParameter("cost", row.costNok()).setParameter("now", now)
                .executeUpdate();
    }

    private static Map<String, Object> auditView(MetricRow row) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("impressions", row.impressions());
        view.put("reach", row.reach());
        view.put("clicks", row.clicks());
        view.put("sessions", row.sessions());
        view.put("leads", row.leads());
        view.put("costNok", row.costNok() == null ? null : row.costNok().stripTrailingZeros().toPlainString());
        return view;
    }

    private static String key(MetricRow row) {
        return row.date() + "/" + row.channel();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static Long count(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
