package no.kongsberg.vekst.actionplan;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.FocusAreas;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.platform.Where;

/**
 * The yearly action plan: its activities, their KPI links, the late rule ({@link Lateness}) and
 * carrying a year's unfinished activities over into the next year.
 */
@ApplicationScoped
public class ActivityService {

    static final String AUDIT_ENTITY = "activity";
    /** The copy of unfinished activities is one action on the plan of the year copied into. */
    static final String PLAN_AUDIT_ENTITY = "action-plan";
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final int MAX_KPIS = 20;
    private static final String KPI_KEY = "[a-z][a-z0-9-]{1,49}";

    private final AuditService audit;
    private final EntityManager entityManager;

    public ActivityService(AuditService audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    public record Details(String title, String description, String axis, String focusArea, String owner, LocalDate dueDate,
            String status, List<String> kpiKeys) {
    }

    public record Filter(String text, String status, String axis, String focusArea, Boolean late, String kpi) {
    }

    /** A page of the plan, the whole year's count of activities by status and of the late ones, and the day "late" was judged on. */
    public record Plan(PageRequest.Page<Activity> page, Map<String, Long> countsByStatus, long late, LocalDate today) {
    }

    public record CopyResult(int fromYear, int toYear, List<Activity> copies, int alreadyCopied) {
    }

    @Transactional
    public Plan search(int year, Filter filter, PageRequest page) {
        LocalDate today = Lateness.today();
        Where where = new Where()
                .and("year = :year", "year", year)
                .contains(filter.text(), "text", "title", "description", "owner")
                .and("status = :status", "status", filter.status())
                .and("axis = :axis", "axis", filter.axis())
                .and("focusArea = :focusArea", "focusArea", filter.focusArea())
                .and(":kpi member of kpiKeys", "kpi", filter.kpi());
        if (filter.late() != null) {
            where.and((filter.late() ? "" : "not ") + Lateness.CONDITION, "today", today);
        }
        var found = Activity.<Activity>find(where.query(), page.sort(), where.parameters());
        PageRequest.Page<Activity> items = page.page(found.page(page.page(), page.size()).list(), found.count());

        Map<String, Long> byStatus = new LinkedHashMap<>();
        Activity.STATUSES.forEach(status -> byStatus.put(status, 0L));
        long late = 0;
        List<Object[]> rows = entityManager.createQuery("select status, count(*), sum(case when " + Lateness.CONDITION
                + " then 1 else 0 end) from Activity where year = :year group by status", Object[].class)
                .setParameter("year", year).setParameter("today", today).getResultList();
        for (Object[] row : rows) {
            byStatus.put((String) row[0], ((Number) row[1]).longValue());
            late += ((Number) row[2]).longValue();
        }
        return new Plan(items, byStatus, late, today);
    }

    /** A year's plan as it stood on {@code asOf}: activities per status, and the late and the postponed ones. */
    public record Progress(Map<String, Long> countsByStatus, List<Activity> late, List<Activity> postponed) {
    }

    @Transactional
    public Progress progress(int year, LocalDate asOf) {
        List<Activity> all = Activity.list("year = ?1", Sort.by("dueDate").and("title").and("id"), year);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Activity.STATUSES.forEach(status -> byStatus.put(status, 0L));
        all.forEach(a -> byStatus.merge(a.status, 1L, Long::sum));
        return new Progress(byStatus, all.stream().filter(a -> Lateness.isLate(a, asOf)).toList(),
                all.stream().filter(a -> Activity.POSTPONED.equals(a.status)).toList());
    }

    @Transactional
    public Activity get(int year, UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null || activity.year != year) {
            throw ApiProblem.notFound("The action plan of " + year + " has no activity with the id " + id + ".");
        }
        return activity;
    }

    @Transactional
    public Activity create(int year, Details details) {
        check(details);
        Activity activity = new Activity();
        activity.id = UUID.randomUUID();
        activity.year = year;
        activity.createdAt = Instant.now();
        activity.updatedAt = activity.createdAt;
        apply(activity, details);
        activity.persist();
        audit.record("create", AUDIT_ENTITY, activity.id, Changes.created(activity.auditView()));
        return activity;
    }

    @Transactional
    public Activity update(int year, UUID id, String ifMatch, Details details) {
        Activity activity = get(year, id);
        ETags.requireMatch(ifMatch, activity.version);
        check(details);
        Map<String, Object> before = activity.auditView();
        apply(activity, details);
        if (audit.recordUpdate(AUDIT_ENTITY, activity.id, before, activity.auditView())) {
            activity.updatedAt = Instant.now();
        }
        activity.persistAndFlush();
        return activity;
    }

    @Transactional
    public void delete(int year, UUID id, String ifMatch) {
        Activity activity = get(year, id);
        ETags.requireMatch(ifMatch, activity.version);
        audit.record("delete", AUDIT_ENTITY, activity.id, Changes.deleted(activity.auditView()));
        activity.delete();
    }

    /**
     * Copies the year's unfinished activities into the next year: in-progress ones stay in progress,
     * the others start again as planned, due dates move one year on (29 February becomes 28
     * February), KPI links come along; the originals are left as they are. An activity already
     * copied is skipped, so the action is safe to repeat.
     */
    @Transactional
    public CopyResult copyUnfinished(int year) {
        int toYear = year + 1;
        if (toYear > LAST_YEAR) {
            throw ApiProblem.invalid("year", "out-of-range", "The action plan runs to " + LAST_YEAR + "; there is no year to copy into.");
        }
        // Locked in id order (the same for every caller, so two callers cannot deadlock): a second copy
        // of the same year waits here until the first commits, and then sees its copies. The unique
        // index activity_copied_once is the last guard.
        List<Activity> unfinished = Activity.<Activity>find("year = ?1 and status in ?2", Sort.by("id"), year, Activity.UNFINISHED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Set<UUID> alreadyCopied = unfinished.isEmpty() ? Set.of() : new HashSet<>(entityManager.createQuery(
                "select copiedFrom from Activity where copiedFrom in :ids", UUID.class)
                .setParameter("ids", unfinished.stream().map(a -> a.id).toList()).getResultList());
        List<Activity> copies = unfinished.stream().filter(a -> !alreadyCopied.contains(a.id))
                .sorted(Comparator.comparing((Activity a) -> a.dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(a -> a.title))
                .map(source -> copyInto(source, toYear)).toList();
        copies.forEach(copy -> copy.persist());
        entityManager.flush();
        if (!copies.isEmpty()) {
            Map<String, Object> action = new LinkedHashMap<>();
            action.put("fromYear", year);
            action.put("toYear", toYear);
            action.put("copied", copies.size());
            action.put("alreadyCopied", alreadyCopied.size());
            action.put("activityIds", copies.stream().map(a -> a.id.toString()).toList());
            audit.record("copy-unfinished", PLAN_AUDIT_ENTITY, Integer.toString(toYear), Changes.created(action));
        }
        return new CopyResult(year, toYear, copies, alreadyCopied.size());
    }

    private static Activity copyInto(Activity source, int toYear) {
        Activity copy = new Activity();
        copy.id = UUID.randomUUID();
        copy.year = toYear;
        copy.title = source.title;
        copy.description = source.description;
        copy.axis = source.axis;
        copy.focusArea = source.focusArea;
        copy.owner = source.owner;
        copy.dueDate = source.dueDate == null ? null : source.dueDate.plusYears(1);
        copy.status = Activity.IN_PROGRESS.equals(source.status) ? Activity.IN_PROGRESS : Activity.PLANNED;
        copy.kpiKeys = new TreeSet<>(source.kpiKeys);
        copy.copiedFrom = source.id;
        copy.createdAt = Instant.now();
        copy.updatedAt = copy.createdAt;
        return copy;
    }

    private static void apply(Activity activity, Details details) {
        activity.title = details.title().trim();
        activity.description = Validation.trimmed(details.description());
        activity.axis = details.axis();
        activity.focusArea = details.focusArea();
        activity.owner = Validation.trimmed(details.owner());
        activity.dueDate = details.dueDate();
        activity.status = details.status();
        List<String> keys = details.kpiKeys() == null ? List.of() : details.kpiKeys();
        if (!activity.kpiKeys.equals(Set.copyOf(keys))) {
            activity.kpiKeys.clear();
            activity.kpiKeys.addAll(keys);
        }
    }

    private void check(Details d) {
        Validation validation = new Validation();
        validation.text("title", d.title(), 200, true);
        validation.text("description", d.description(), 4000, false);
        validation.text("owner", d.owner(), 200, false);
        validation.plausibleDate("dueDate", d.dueDate());
        validation.check(d.axis() != null && Activity.AXES.contains(d.axis()), "axis", "unknown-value",
                "Axes are " + String.join(", ", Activity.AXES) + ".");
        validation.check(d.focusArea() != null && FocusAreas.ALL.contains(d.focusArea()), "focusArea", "unknown-value",
                "Focus areas are " + String.join(", ", FocusAreas.ALL) + ".");
        validation.check(d.status() != null && Activity.STATUSES.contains(d.status()), "status", "unknown-value",
                "Statuses are " + String.join(", ", Activity.STATUSES) + ".");
        checkKpiKeys(validation, d.kpiKeys());
        validation.throwIfAny();
    }

    private void checkKpiKeys(Validation validation, List<String> keys) {
        if (keys == null) {
            return;
        }
        // Only well-formed keys are looked up; any other cannot name a KPI.
        List<String> wellFormed = keys.stream().filter(k -> k != null && k.matches(KPI_KEY)).distinct().toList();
        Set<String> known = wellFormed.isEmpty() ? Set.of() : Set.copyOf(existingKpis(wellFormed));
        validation.references("kpiKeys", keys, MAX_KPIS, known::contains, "unknown-kpi",
                key -> "No KPI has the key " + QueryParams.shorten(key) + ".");
    }

    private List<String> existingKpis(List<String> keys) {
        return entityManager.createQuery("select key from Kpi where key in :keys", String.class).setParameter("keys", keys)
                .getResultList();
    }
}
