package no.kongsberg.vekst.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import no.kongsberg.vekst.platform.PageRequest;
import no.kongsberg.vekst.platform.Where;

/** Finding municipalities by name or by any code they have had, and regions. */
@ApplicationScoped
public class MunicipalityService {

    public record Filter(String text, String countyCode) {
    }

    /**
     * The municipality that has or had {@code code} (with its codes loaded); a code reused by another
     * place finds the current holder.
     */
    @Transactional
    public Optional<Municipality> findByAnyCode(String code) {
        if (code == null || !code.matches("[0-9]{4}")) {
            return Optional.empty();
        }
        Optional<Municipality> found = Municipality.<Municipality>find("code", code).firstResultOptional()
                .or(() -> MunicipalityCodePeriod.<MunicipalityCodePeriod>find("code = ?1 order by validTo desc nulls first", code)
                        .firstResultOptional().map(period -> period.municipality));
        found.ifPresent(m -> m.codes.size());
        return found;
    }

    @Transactional
    public PageRequest.Page<Municipality> search(Filter filter, PageRequest page) {
        Where where = new Where().and("countyCode = :county", "county", filter.countyCode());
        if (filter.text() != null) {
            // A current or former code finds the municipality too.
            where.and("(lower(name) like :text or id in (select c.municipality.id from MunicipalityCodePeriod c where c.code = :code))",
                    "text", Where.likePattern(filter.text()));
            where.parameters().and("code", filter.text());
        }
        var found = Municipality.find(where.query(), page.sort(), where.parameters());
        List<Municipality> items = found.page(page.page(), page.size()).list();
        items.forEach(m -> m.codes.size()); // load the codes while the session is open
        return page.page(items, found.count());
    }

    @Transactional
    public List<Region> regions() {
        List<Region> regions = Region.listAll(io.quarkus.panache.common.Sort.by("name"));
        regions.forEach(r -> r.members.size());
        return regions;
    }
}
