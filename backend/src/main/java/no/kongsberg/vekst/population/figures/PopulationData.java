package no.kongsberg.vekst.population.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kongsberg.vekst.municipalities.BoundaryChangeService;
import no.kongsberg.vekst.municipalities.BoundaryChangesResource.BoundaryChangeView;
import no.kongsberg.vekst.municipalities.MunicipalitiesResource.MunicipalityRef;
import no.kongsberg.vekst.municipalities.Municipality;

/** Reads what is stored about some municipalities in one variant, in three queries. */
@ApplicationScoped
public class PopulationData {

    private final EntityManager entityManager;
    private final BoundaryChangeService boundaryChanges;

    public PopulationData(EntityManager entityManager, BoundaryChangeService boundaryChanges) {
        this.entityManager = entityManager;
        this.boundaryChanges = boundaryChanges;
    }

    /** Each municipality's data, in the order given. Call inside a transaction. */
    public List<MunicipalityData> load(List<Municipality> municipalities, String variant) {
        Map<Long, Map<java.time.LocalDate, Integer>> stocks = new HashMap<>();
        Map<Long, Map<String, MunicipalityData.Flows>> flows = new HashMap<>();
        Map<Long, List<MunicipalityData.FlagMark>> flags = new HashMap<>();
        Map<Long, List<BoundaryChangeView>> changes = new HashMap<>();
        List<Long> ids = municipalities.stream().map(m -> m.id).toList();
        for (Object[] row : rows("""
                SELECT municipality_id, date, population FROM population_stock
                WHERE municipality_id IN (:ids) AND variant = :variant AND population IS NOT NULL""", ids, variant)) {
            stocks.computeIfAbsent(id(row), k -> new HashMap<>()).put(localDate(row[1]), ((Number) row[2]).intValue());
        }
        for (Object[] row : rows("""
                SELECT municipality_id, period, field, value, missing FROM population_flow
                WHERE municipality_id IN (:ids) AND variant = :variant AND field <> 'adjustment'""", ids, variant)) {
            MunicipalityData.Flows period = flows.computeIfAbsent(id(row), k -> new HashMap<>())
                    .computeIfAbsent((String) row[1], k -> new MunicipalityData.Flows(new HashMap<>(), new HashMap<>()));
            if (row[3] != null) {
                period.values().put((String) row[2], ((Number) row[3]).intValue());
            } else {
                period.missing().put((String) row[2], (String) row[4]);
            }
        }
        for (Object[] row : rows("""
                SELECT municipality_id, kind, at, rule FROM population_flag
                WHERE municipality_id IN (:ids) AND variant = :variant AND status IN ('open', 'accepted')""", ids, variant)) {
            flags.computeIfAbsent(id(row), k -> new ArrayList<>())
                    .add(new MunicipalityData.FlagMark((String) row[1], (String) row[2], (String) row[3]));
        }
        boundaryChanges.ofMunicipalities(ids).forEach(change -> changes.computeIfAbsent(change.municipality.id,
                k -> new ArrayList<>()).add(BoundaryChangeView.of(change)));
        return municipalities.stream().map(m -> new MunicipalityData(MunicipalityRef.of(m), stocks.getOrDefault(m.id, Map.of()),
                flows.getOrDefault(m.id, Map.of()), changes.getOrDefault(m.id, List.of()), flags.getOrDefault(m.id, List.of())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids, String variant) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createNativeQuery(sql).setParameter("ids", ids).setParameter("variant", variant).getResultList();
    }

    /** Hibernate 7 reads a native date column as LocalDate; older drivers as java.sql.Date. */
    private static java.time.LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }
}
