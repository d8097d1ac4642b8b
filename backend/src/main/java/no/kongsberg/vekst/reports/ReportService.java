package no.kongsberg.vekst.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.auth.AppUser;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.reports.ReportViews.Commentary;
import no.kongsberg.vekst.reports.ReportViews.Report;

/**
 * A report's life: the draft (live figures, commentary the staff edit) and its published
 * versions, each frozen when made: its JSON and its PDF are stored and served as they were.
 */
@ApplicationScoped
public class ReportService {

    static final String AUDIT_COMMENTARY = "report-commentary";
    static final String AUDIT_VERSION = "report-version";
    static final int COMMENTARY_MAX = 5000;

    private final ReportAssembler assembler;
    private final AuditService audit;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    public ReportService(ReportAssembler assembler, AuditService audit, ObjectMapper json, EntityManager entityManager) {
        this.assembler = assembler;
        this.audit = audit;
        this.json = json;
        this.entityManager = entityManager;
    }

    /** The draft and the version of its commentary (its ETag). */
    public record Draft(Report report, int commentaryVersion) {
    }

    @Transactional
    public Draft draft(ReportPeriod period) {
        ReportDraft stored = ReportDraft.findById(new ReportDraft.Key(period));
        Commentary commentary = stored == null ? Commentary.EMPTY : stored.commentary();
        Report report = assembler.draft(period, commentary, publishedKpis(period.previous()), OsloTime.today());
        return new Draft(report, stored == null ? 0 : stored.version);
    }

    @Transactional
    public ReportViews.DraftCommentary updateCommentary(ReportPeriod period, String ifMatch, Commentary input) {
        if (input == null) {
            throw ApiProblem.invalid("body", "required", "Send the commentary of every section (null for none).");
        }
        Validation validation = new Validation();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("kpis", input.kpis());
        texts.put("population", input.population());
        texts.put("financing", input.financing());
        texts.put("campaigns", input.campaigns());
        texts.put("actionPlan", input.actionPlan());
        texts.forEach((field, text) -> validation.text(field, text, COMMENTARY_MAX, false));
        validation.throwIfAny();

        lock(period);
        ReportDraft draft = ReportDraft.findById(new ReportDraft.Key(period));
        ETags.requireMatch(ifMatch, draft == null ? 0 : draft.version);
        Map<String, Object> before = draft == null ? Map.of() : draft.auditView();
        boolean created = draft == null;
        if (created) {
            draft = new ReportDraft();
            draft.key = new ReportDraft.Key(period);
        }
        draft.apply(new Commentary(clean(input.kpis()), clean(input.population()), clean(input.financing()),
                clean(input.campaigns()), clean(input.actionPlan())));
        // Counted by hand (not JPA's @Version): "no draft yet" is version 0, so the first save must make 1.
        draft.version++;
        draft.updatedAt = Instant.now();
        draft.updatedBy = displayName();
        if (created) {
            draft.persist();
        }
        audit.recordUpdate(AUDIT_COMMENTARY, period.kind().apiName + "/" + period.code(), before, draft.auditView());
        return new ReportViews.DraftCommentary(draft.commentary(), draft.version, draft.updatedAt, draft.updatedBy);
    }

    /**
     * Freezes the draft as the next version, PDF included. Publishers of one report queue (see
     * {@link #lock}), so each gets its own version number.
     */
    @Transactional
    public PublishedReport publish(ReportPeriod period, String ifMatch) {
        LocalDate today = OsloTime.today();
        if (period.from().isAfter(today)) {
            throw ApiProblem.conflict("period", "period-not-started",
                    "The period " + period.code() + " begins on " + period.from() + "; a report can be published once it has begun.");
        }
        lock(period);
        ReportDraft stored = ReportDraft.findById(new ReportDraft.Key(period));
        ETags.requireMatch(ifMatch, stored == null ? 0 : stored.version);

        Integer last = entityManager.createQuery("select max(r.version) from PublishedReport r where r.kind = :kind and r.period = :period",
                Integer.class).setParameter("kind", period.kind().apiName).setParameter("period", period.code()).getSingleResult();
        int version = last == null ? 1 : last + 1;
        Report draft = assembler.draft(period, stored == null ? Commentary.EMPTY : stored.commentary(),
                publishedKpis(period.previous()), today);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String by = displayName();
        Report frozen = new Report(draft.kind(), draft.period(), draft.from(), draft.to(), draft.title(), draft.programmeName(),
                "published", version, now, by, draft.dataAsOf(), draft.previousPeriod(), draft.previousSource(), draft.commentary(),
                draft.kpis(), draft.population(), draft.financing(), draft.campaigns(), draft.actionPlan(), draft.jobs());

        PublishedReport published = new PublishedReport();
        published.id = UUID.randomUUID();
        published.kind = period.kind().apiName;
        published.period = period.code();
        published.version = version;
        published.publishedAt = now;
        published.publishedBy = by;
        published.content = write(frozen);
        published.pdf = ReportPdf.render(ReportHtml.render(frozen));
        published.persist();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("version", version);
        view.put("pdfBytes", published.pdf.length);
        audit.record("publish", AUDIT_VERSION, period.kind().apiName + "/" + period.code() + "/" + version, Changes.created(view));
        return published;
    }

    @Transactional
    public ReportViews.VersionList versions(ReportPeriod period) {
        List<ReportViews.Version> items = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("select r.version, r.publishedAt, r.publishedBy from PublishedReport r "
                + "where r.kind = :kind and r.period = :period order by r.version", Object[].class)
                .setParameter("kind", period.kind().apiName).setParameter("period", period.code()).getResultList()) {
            items.add(new ReportViews.Version((Integer) row[0], (Instant) row[1], (String) row[2]));
        }
        return new ReportViews.VersionList(period.kind().apiName, period.code(), items);
    }

    @Transactional
    public PublishedReport version(ReportPeriod period, int version) {
        PublishedReport found = PublishedReport.find("kind = ?1 and period = ?2 and version = ?3", period.kind().apiName,
                period.code(), version).firstResult();
        if (found == null) {
            throw ApiProblem.notFound("The " + period.kind().apiName + " report for " + period.code() + " has no published version "
                    + version + ".");
        }
        return found;
    }

    /** A published version's PDF, as made when it was published. */
    @Transactional
    public byte[] pdf(ReportPeriod period, int version) {
        return version(period, version).pdf;
    }

    /** Every period with a published version, newest period first, with its latest version. */
    @Transactional
    public ReportViews.PublishedList published(String kind) {
        if (kind != null) {
            ReportPeriod.Kind.of(kind);
        }
        List<ReportViews.Published> items = new ArrayList<>();
        String where = kind == null ? "" : " and r.kind = :kind";
        var query = entityManager.createQuery("select r.kind, r.period, r.version, r.publishedAt, r.publishedBy from PublishedReport r "
                + "where r.version = (select max(o.version) from PublishedReport o where o.kind = r.kind and o.period = r.period)"
                + where + " order by r.period desc, r.kind", Object[].class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        for (Object[] row : query.getResultList()) {
            ReportPeriod period = ReportPeriod.parse((String) row[0], (String) row[1]);
            items.add(new ReportViews.Published(period.kind().apiName, period.code(), period.from(), period.to(), (Integer) row[2],
                    (Instant) row[3], (String) row[4]));
        }
        return new ReportViews.PublishedList(items);
    }

    /** A published version's content as the record it was written from. */
    Report read(PublishedReport published) {
        try {
            return json.readValue(published.content, Report.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Published report " + published.id + " cannot be read", e);
        }
    }

    /** Until the transaction ends, others changing or publishing this report wait (the row may not exist yet). */
    private void lock(ReportPeriod period) {
        entityManager.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                .setParameter("key", "report:" + period.kind().apiName + ":" + period.code()).getSingleResult();
    }

    /** The KPIs of a period's latest published version, or null when nothing is published for it. */
    private Map<String, ReportViews.Previous> publishedKpis(ReportPeriod period) {
        PublishedReport latest = PublishedReport.find("kind = ?1 and period = ?2", Sort.descending("version"),
                period.kind().apiName, period.code()).firstResult();
        if (latest == null) {
            return null;
        }
        Map<String, ReportViews.Previous> byKey = new LinkedHashMap<>();
        read(latest).kpis().forEach(k -> byKey.put(k.key(), new ReportViews.Previous(k.status(), k.value())));
        return byKey;
    }

    private String write(Report report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report cannot be written as JSON", e);
        }
    }

    private String displayName() {
        String username = audit.actor();
        return AppUser.findByUsername(username).map(u -> u.displayName == null || u.displayName.isBlank() ? u.username : u.displayName)
                .orElse(username == null ? "system" : username);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
