package no.kongsberg.vekst.jobs.commuting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.kongsberg.vekst.platform.DataLicences;
import no.kongsberg.vekst.jobs.JobsDemoData;
import no.kongsberg.vekst.jobs.JobsNote;
import no.kongsberg.vekst.platform.YearSpan;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Subjects;
import no.kongsberg.vekst.municipalities.Subjects.Subject;
import no.kongsberg.vekst.municipalities.Subjects.SubjectView;
import no.kongsberg.vekst.platform.QueryParams;
import no.kongsberg.vekst.platform.Validation;
import no.kongsberg.vekst.population.Growth;

/**
 * Commuting figures from the stored flows: for a subject (one municipality or a group's members),
 * its employed residents, jobs, those living and working inside, in- and out-commuters, and the
 * integration share (internal ÷ employed residents), per year; and the largest flows across its
 * border. A flow without a number (a missing-value symbol) counts as unknown: left out of the
 * sums, with a note.
 */
@ApplicationScoped
public class CommutingService {

    public record Query(String municipality, String region, String peerGroup, String from, String to, String year, String limit) {
    }

    public record YearItem(String year, Integer employedResidents, Integer jobs, Integer internal, Integer inCommuters,
            Integer outCommuters, Integer net, Double integrationShare, Double integrationShareChange) {
    }

    public record Flow(MunicipalityRef municipality, int persons) {
    }

    public record Commuting(SubjectView subject, List<YearItem> items, String flowsYear, List<Flow> largestInflows,
            List<Flow> largestOutflows, List<JobsNote> notes) implements DataLicences.Attributed {
    }

    private final Subjects subjects;
    private final EntityManager entityManager;

    public CommutingService(Subjects subjects, EntityManager entityManager) {
        this.subjects = subjects;
        this.entityManager = entityManager;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Commuting commuting(Query query) {
        Validation validation = new Validation();
        Subject subject = subjects.subject(validation, query.municipality(), query.region(), query.peerGroup());
        YearSpan span = YearSpan.of(validation, query.from(), query.to());
        Integer flowsYear = QueryParams.year(validation, "year", query.year());
        int limit = QueryParams.integer(validation, "limit", query.limit(), 10, 1, 50);
        validation.throwIfAny();
        List<Long> members = subject.members().stream().map(m -> m.id).toList();

        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT year,
                       sum(persons) FILTER (WHERE residence_id IN (:members)) AS employed_residents,
                       sum(persons) FILTER (WHERE workplace_id IN (:members)) AS jobs,
                       sum(persons) FILTER (WHERE residence_id IN (:members) AND workplace_id IN (:members)) AS internal,
                       count(*) FILTER (WHERE persons IS NULL) AS unknown
                FROM commuting_flow
                WHERE (residence_id IN (:members) OR workplace_id IN (:members))
                  AND (CAST(:from AS integer) IS NULL OR year >= CAST(:from AS integer))
                  AND (CAST(:to AS integer) IS NULL OR year <= CAST(:to AS integer))
                GROUP BY year ORDER BY year""")
                .setParameter("members", members).setParameter("from", span.from()).setParameter("to", span.to()).getResultList();
        List<YearItem> items = new ArrayList<>();
        List<JobsNote> notes = new ArrayList<>();
        Double previousShare = null;
        Integer previousYear = null;
        for (Object[] r : rows) {
            int year = ((Number) r[0]).intValue();
            Integer residents = integer(r[1]);
            Integer jobs = integer(r[2]);
            Integer internal = integer(r[3]);
            if (((Number) r[4]).longValue() > 0) {
                notes.add(new JobsNote("flows-missing", r[4] + " flows of " + year + " have no number (confidential or not available) "
                        + "and are left out of the sums.", null, List.of(Integer.toString(year))));
            }
            Integer in = jobs == null || internal == null ? null : jobs - internal;
            Integer out = residents == null || internal == null ? null : residents - internal;
            Double share = Growth.ratio(internal, residents, 100);
            Double change = share == null || previousShare == null || previousYear == null || previousYear != year - 1 ? null
                    : Growth.round2(share - previousShare);
            items.add(new YearItem(Integer.toString(year), residents, jobs, internal, in, out, in == null || out == null ? null : in - out,
                    share, change));
            previousShare = share;
            previousYear = year;
        }
        boolean demo = (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM commuting_flow WHERE (residence_id IN (:members) OR workplace_id IN (:members))
                               AND source = :demo)""").setParameter("members", members).setParameter("demo", JobsDemoData.SOURCE)
                .getSingleResult();
        if (demo) {
            notes.add(JobsNote.demoData());
        }
        Integer shownYear = flowsYear != null ? flowsYear
                : items.isEmpty() ? null : Integer.valueOf(items.get(items.size() - 1).year());
        List<Flow> inflows = shownYear == null ? List.of() : largest(members, shownYear, limit, true);
        List<Flow> outflows = shownYear == null ? List.of() : largest(members, shownYear, limit, false);
        return new Commuting(subject.view(), items, shownYear == null ? null : shownYear.toString(), inflows, outflows, notes);
    }

    /** The largest flows across the subject's border in the year: into it from outside, or out of it. */
    @SuppressWarnings("unchecked")
    private List<Flow> largest(List<Long> members, int year, int limit, boolean inflows) {
        String other = inflows ? "residence_id" : "workplace_id";
        String own = inflows ? "workplace_id" : "residence_id";
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT m.code, m.name, sum(f.persons) AS persons
                FROM commuting_flow f JOIN municipality m ON m.id = f.%1$s
                WHERE f.year = :year AND f.%2$s IN (:members) AND f.%1$s NOT IN (:members) AND f.persons > 0
                GROUP BY m.code, m.name ORDER BY persons DESC, m.code LIMIT :limit""".formatted(other, own))
                .setParameter("year", year).setParameter("members", members).setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Flow(new MunicipalityRef((String) r[0], (String) r[1]), ((Number) r[2]).intValue())).toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
