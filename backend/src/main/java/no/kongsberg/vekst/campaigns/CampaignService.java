package no.kongsberg.vekst.campaigns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.kpis.Kpi;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.partners.PartnerAccess;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/**
 * The programme's campaigns: planning and changing them, who may see which (a partner only those it
 * co-funds), and their results recorded by date and channel.
 */
@ApplicationScoped
public class CampaignService {

    static final String AUDIT_ENTITY = "campaign";
    static final long MAX_NOK = 1_000_000_000L;
    static final int MAX_LIST = 20;
    static final int MAX_PARTNERS = 100;
    static final int MAX_LINKS = 50;
    static final int MAX_METRIC_ROWS = 1000;
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]{0,39}$");

    private final AuditService audit;
    private final CampaignMetricsService metrics;
    private final PartnerAccess access;
    private final CampaignViews views;

    public CampaignService(AuditService audit, CampaignMetricsService metrics, PartnerAccess access, CampaignViews views) {
        this.audit = audit;
        this.metrics = metrics;
        this.access = access;
        this.views = views;
    }

    public record PartnerShare(UUID partnerId, Long amountNok) {
    }

    public record KpiRef(String key, String feeds) {
    }

    public record Details(String name, String slug, String description, List<String> focusAreas, List<String> targetGroups,
            List<String> channels, LocalDate startDate, LocalDate endDate, Long budgetNok, Long otherSpendNok, String owner,
            String status, List<KpiRef> kpis, List<PartnerShare> partners, Map<String, Long> targets, List<Campaign.Link> links) {
    }

    /** {@code year} selects the campaigns running on any day of it. */
    public record Filter(String status, String focusArea, Integer year, String channel, String text) {
    }

    @Transactional
    public PageRequest.Page<CampaignViews.View> search(Filter filter, PageRequest page) {
        Where where = new Where()
                .and("status = :status", "status", filter.status())
                .and("focusAreas like :focusArea", "focusArea", filter.focusArea() == null ? null : "%," + filter.focusArea() + ",%")
                .and("channels like :channel", "channel", filter.channel() == null ? null : "%," + filter.channel() + ",%")
                .and("startDate <= :yearEnd", "yearEnd", filter.year() == null ? null : LocalDate.of(filter.year(), 12, 31))
                .and("endDate >= :yearStart", "yearStart", filter.year() == null ? null : LocalDate.of(filter.year(), 1, 1))
                .contains(filter.text(), "text", "name", "slug", "description", "owner")
                .and("id in (select c.id from Campaign c join c.partners p where p.partnerId = :partner)", "partner",
                        access.confinedTo().orElse(null));
        var found = Campaign.<Campaign>find(where.query(), page.sort(), where.parameters());
        return page.page(views.of(found.page(page.page(), page.size()).list(), access.confinedTo()), found.count());
    }

    /** The campaign, if this caller may see it; otherwise the same 404 as for an id that does not exist. */
    @Transactional
    public Campaign visible(UUID id) {
        Campaign campaign = Campaign.findById(id);
        Optional<UUID> partner = access.confinedTo();
        if (campaign == null || partner.isPresent() && campaign.partners.stream().noneMatch(p -> p.partnerId.equals(partner.get()))) {
            throw ApiProblem.notFound("No campaign has the id " + id + ".");
        }
        return campaign;
    }

    @Transactional
    public CampaignViews.View get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public CampaignViews.View create(Details details) {
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.createdAt = Instant.now();
        campaign.updatedAt = campaign.createdAt;
        String slug = details.slug() == null || details.slug().isBlank() ? TrackingLinks.slugOf(nullToEmpty(details.name())) : details.slug();
        check(details, slug, campaign);
        apply(campaign, details, slug);
        campaign.persistAndFlush();
        audit.record("create", AUDIT_ENTITY, campaign.id, Changes.created(campaign.auditView()));
        return view(campaign);
    }

    @Transactional
    public CampaignViews.View update(UUID id, String ifMatch, Details details) {
        Campaign campaign = visible(id);
        ETags.requireMatch(ifMatch, campaign.version);
        String slug = details.slug() == null || details.slug().isBlank() ? campaign.slug : details.slug();
        check(details, slug, campaign);
        if (!slug.equals(campaign.slug) && !"planned".equals(campaign.status)) {
            throw ApiProblem.conflict("slug", "slug-locked", "The slug can change only while the campaign is planned: "
                    + "its links and imported results use it.");
        }
        Map<String, Object> before = campaign.auditView();
        apply(campaign, details, slug);
        if (audit.recordUpdate(AUDIT_ENTITY, campaign.id, before, campaign.auditView())) {
            campaign.updatedAt = Instant.now();
        }
        campaign.persistAndFlush();
        return view(campaign);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Campaign campaign = visible(id);
        ETags.requireMatch(ifMatch, campaign.version);
        audit.record("delete", AUDIT_ENTITY, campaign.id, Changes.deleted(campaign.auditView()));
        campaign.delete();
    }

    @Transactional
    public CampaignViews.Metrics metrics(UUID id, LocalDate from, LocalDate to) {
        Campaign campaign = visible(id);
        return CampaignViews.Metrics.of(campaign.id, from, to, metrics.rows(campaign.id, from, to), campaign.channels());
    }

    /** What the results download holds: the campaign's slug (its first column) and every row. */
    public record Export(String slug, List<MetricRow> rows) {
    }

    @Transactional
    public Export export(UUID id) {
        Campaign campaign = visible(id);
        return new Export(campaign.slug, metrics.rows(campaign.id, null, null));
    }

    /** Records rows of the grid (or any rows): all are checked first, then all written. */
    @Transactional
    public CampaignMetricsService.Counts record(UUID id, List<MetricRow> rows) {
        Campaign campaign = visible(id);
        Validation validation = new Validation();
        validation.check(rows != null && !rows.isEmpty(), "rows", "required", "At least one row is required.");
        validation.check(rows == null || rows.size() <= MAX_METRIC_ROWS, "rows", "too-long", "At most " + MAX_METRIC_ROWS + " rows.");
        validation.throwIfAny();
        Set<String> seen = new HashSet<>();
        List<String> channels = campaign.channels();
        for (int i = 0; i < rows.size(); i++) {
            MetricRow row = rows.get(i);
            String prefix = "rows[" + i + "].";
            if (row == null) {
                validation.add("rows[" + i + "]", "required", "A row is required.");
                continue;
            }
            row.check(validation, prefix, channels);
            validation.check(seen.add(row.date() + "/" + row.channel()), prefix + "date", "duplicate",
                    "The date and channel are listed twice.");
        }
        validation.throwIfAny();
        return metrics.record(campaign.id, rows);
    }

    @Transactional
    public CampaignViews.Comparison compare(int year) {
        List<Campaign> running = Campaign.list("startDate <= ?1 and endDate >= ?2 order by name, id", LocalDate.of(year, 12, 31),
                LocalDate.of(year, 1, 1));
        return views.comparison(year, running);
    }

    /**
     * The campaigns active or completed that ran during {@code from}–{@code to}, by start date, with
     * their results up to {@code to}: what a report for the period shows.
     */
    @Transactional
    public List<CampaignViews.PeriodResult> ranDuring(LocalDate from, LocalDate to) {
        List<Campaign> ran = Campaign.list("startDate <= ?1 and endDate >= ?2 and status in ('active', 'completed') "
                + "order by startDate, name, id", to, from);
        return views.upTo(to, ran);
    }

    private CampaignViews.View view(Campaign campaign) {
        return views.of(List.of(campaign), access.confinedTo()).get(0);
    }

    private static void apply(Campaign c, Details d, String slug) {
        c.name = d.name().trim();
        c.slug = slug;
        c.description = Validation.trimmed(d.description());
        c.focusAreas(d.focusAreas() == null ? List.of() : FocusAreas.ALL.stream().filter(d.focusAreas()::contains).toList());
        c.targetGroups(d.targetGroups() == null ? List.of() : d.targetGroups().stream().map(String::trim).toList());
        c.channels(d.channels() == null ? List.of() : d.channels());
        c.startDate = d.startDate();
        c.endDate = d.endDate();
        c.budgetNok = d.budgetNok();
        c.otherSpendNok = d.otherSpendNok() == null ? 0 : d.otherSpendNok();
        c.owner = Validation.trimmed(d.owner());
        c.status = d.status();
        Map<String, Long> targets = new LinkedHashMap<>();
        if (d.targets() != null) {
            d.targets().forEach((metric, value) -> {
                if (value != null) {
                    targets.put(metric, value);
                }
            });
        }
        c.targets(targets);
        c.links(d.links() == null ? List.of() : d.links());
        List<Campaign.KpiLink> kpis = d.kpis() == null ? List.of() : d.kpis().stream().map(k -> new Campaign.KpiLink(k.key(), k.feeds())).toList();
        if (!new HashSet<>(c.kpis).equals(new HashSet<>(kpis))) {
            c.kpis.clear();
            c.kpis.addAll(kpis);
        }
        List<Campaign.CoFunding> partners = d.partners() == null ? List.of()
                : d.partners().stream().map(p -> new Campaign.CoFunding(p.partnerId(), p.amountNok())).toList();
        if (!new HashSet<>(c.partners).equals(new HashSet<>(partners))) {
            c.partners.clear();
            c.partners.addAll(partners);
        }
    }

    /** Checks every field, and that the slug is free and the channels of recorded results are kept. */
    private static void check(Details d, String slug, Campaign campaign) {
        Validation v = new Validation();
        v.text("name", d.name(), 200, true);
        v.check(validSlug(slug), "slug", "invalid-slug",
                "3-60 lower-case letters a-z, digits and single hyphens, not first or last (made from the name when left out).");
        v.text("description", d.description(), 4000, false);
        v.text("owner", d.owner(), 200, false);
        v.check(d.status() != null && Campaign.STATUSES.contains(d.status()), "status", "unknown-value",
                "The status is one of " + String.join(", ", Campaign.STATUSES) + ".");
        v.check(d.startDate() != null, "startDate", "required", "The first day is required.");
        v.check(d.endDate() != null, "endDate", "required", "The last day is required.");
        v.plausibleDate("startDate", d.startDate()).plausibleDate("endDate", d.endDate());
        v.check(d.startDate() == null || d.endDate() == null || !d.endDate().isBefore(d.startDate()), "endDate", "before-start",
                "The last day cannot be before the first.");
        nok(v, "budgetNok", d.budgetNok(), true);
        nok(v, "otherSpendNok", d.otherSpendNok(), false);
        v.references("focusAreas", orEmpty(d.focusAreas()), FocusAreas.ALL.size(), FocusAreas.ALL::contains, "unknown-value",
                f -> "Focus areas are " + String.join(", ", FocusAreas.ALL) + ".");
        v.references("channels", orEmpty(d.channels()), MAX_LIST, c -> CHANNEL.matcher(c).matches(), "invalid-channel",
                c -> "A channel is 1-40 lower-case letters, digits or '-', such as meta, google, web.");
        List<String> groups = d.targetGroups() == null ? List.of() : d.targetGroups();
        v.check(groups.size() <= MAX_LIST, "targetGroups", "too-long", "At most " + MAX_LIST + " target groups.");
        for (int i = 0; i < groups.size(); i++) {
            v.text("targetGroups[" + i + "]", groups.get(i), 100, true);
        }
        if (d.targets() != null) {
            d.targets().forEach((metric, value) -> {
                v.check(Campaign.METRICS.contains(metric), "targets." + metric, "unknown-value",
                        "Targets are set for " + String.join(", ", Campaign.METRICS) + ".");
                v.check(value == null || value >= 0 && value <= MetricRow.MAX_COUNT, "targets." + metric, "out-of-range",
                        "A target is a whole number 0-1 000 000 000.");
            });
        }
        List<Campaign.Link> links = d.links() == null ? List.of() : d.links();
        v.check(links.size() <= MAX_LINKS, "links", "too-long", "At most " + MAX_LINKS + " links.");
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i) == null) {
                v.add("links[" + i + "]", "required", "A link is required.");
            } else {
                TrackingLinks.check(v, "links[" + i + "].", links.get(i));
            }
        }
        checkKpis(v, d.kpis());
        checkPartners(v, d.partners());
        // Only a stored campaign can have results whose channel it would lose.
        if (!v.has("channels") && campaign.isPersistent()) {
            List<String> kept = d.channels() == null ? List.of() : d.channels();
            List<String> used = usedChannels(campaign.id);
            used.stream().filter(c -> !kept.contains(c)).findFirst().ifPresent(c -> v.add("channels", "channel-in-use",
                    "Results are recorded for the channel " + c + "; remove them before removing the channel."));
        }
        v.throwIfAny();
        Campaign other = Campaign.find("slug", slug).firstResult();
        if (other != null && !other.id.equals(campaign.id)) {
            throw ApiProblem.conflict("slug", "slug-taken", "Another campaign (" + other.name + ") has the slug " + slug + ".");
        }
    }

    private static boolean validSlug(String slug) {
        return slug != null && slug.length() >= 3 && slug.length() <= 60 && TrackingLinks.SLUG.matcher(slug).matches();
    }

    private static List<String> usedChannels(UUID campaignId) {
        return Campaign.getEntityManager().createNativeQuery("select distinct channel from campaign_metric where campaign_id = :id",
                String.class).setParameter("id", campaignId).getResultList().stream().map(Object::toString).toList();
    }

    private static void checkKpis(Validation v, List<KpiRef> kpis) {
        List<KpiRef> given = kpis == null ? List.of() : kpis;
        List<String> keys = given.stream().map(k -> k == null ? null : k.key()).toList();
        Set<String> known = new HashSet<>();
        List<String> present = keys.stream().filter(k -> k != null).distinct().toList();
        if (!present.isEmpty()) {
            Kpi.<Kpi>list("key in ?1", present).forEach(k -> known.add(k.key));
        }
        v.references("kpis", keys, MAX_LIST, known::contains, "unknown-kpi", k -> "No KPI has the key " + k + ".");
        for (int i = 0; i < given.size(); i++) {
            String feeds = given.get(i) == null ? null : given.get(i).feeds();
            v.check(feeds == null || feeds.equals("sessions") || feeds.equals("leads"), "kpis[" + i + "].feeds", "unknown-value",
                    "A campaign feeds a KPI with its sessions or leads, or not at all (null).");
        }
    }

    private static void checkPartners(Validation v, List<PartnerShare> partners) {
        List<PartnerShare> given = partners == null ? List.of() : partners;
        List<UUID> ids = given.stream().map(p -> p == null ? null : p.partnerId()).toList();
        Set<UUID> known = new HashSet<>();
        List<UUID> present = ids.stream().filter(id -> id != null).distinct().toList();
        if (!present.isEmpty()) {
            Partner.<Partner>list("id in ?1", present).forEach(p -> known.add(p.id));
        }
        v.references("partners", ids, MAX_PARTNERS, known::contains, "unknown-partner", id -> "No partner has the id " + id + ".");
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) != null) {
                nok(v, "partners[" + i + "].amountNok", given.get(i).amountNok(), true);
            }
        }
    }

    private static void nok(Validation v, String field, Long value, boolean required) {
        v.check(value != null || !required, field, "required", "An amount in whole kroner is required.");
        v.check(value == null || value >= 0 && value <= MAX_NOK, field, "out-of-range", "The amount is 0-1 000 000 000 kroner.");
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
