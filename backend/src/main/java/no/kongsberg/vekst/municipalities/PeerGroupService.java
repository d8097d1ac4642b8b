package no.kongsberg.vekst.municipalities;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.ETags;
import no.kongsberg.vekst.platform.Validation;

/** Peer groups: configurable sets of municipalities to compare with, each change audited. */
@ApplicationScoped
public class PeerGroupService {

    static final int MAX_MEMBERS = 50;

    private final MunicipalityService municipalities;
    private final AuditService audit;

    public PeerGroupService(MunicipalityService municipalities, AuditService audit) {
        this.municipalities = municipalities;
        this.audit = audit;
    }

    /** What an admin sends: members by current or former code. */
    public record Definition(String name, String description, List<String> members) {
    }

    @Transactional
    public List<PeerGroup> list() {
        List<PeerGroup> groups = PeerGroup.listAll(Sort.by("name"));
        groups.forEach(g -> g.members.size());
        return groups;
    }

    @Transactional
    public PeerGroup get(String key) {
        PeerGroup group = PeerGroup.<PeerGroup>find("key", key).firstResultOptional()
                .orElseThrow(() -> ApiProblem.notFound("No peer group has the key " + key + "."));
        group.members.size();
        return group;
    }

    @Transactional
    public PeerGroup create(String key, Definition definition) {
        Validation validation = new Validation();
        validation.check(key != null && key.matches("[a-z0-9][a-z0-9-]{1,49}"), "key", "invalid",
                "The key must be 2-50 characters: lower-case letters, digits and hyphens, starting with a letter or digit.");
        List<Municipality> members = check(validation, definition);
        validation.throwIfAny();
        if (PeerGroup.count("key", key) > 0) {
            throw ApiProblem.conflict("key", "duplicate", "A peer group with the key " + key + " already exists.");
        }
        PeerGroup group = new PeerGroup();
        group.key = key;
        apply(group, definition, members);
        group.persist();
        audit.record("create", "peer-group", key, Changes.created(group.auditView()));
        return group;
    }

    @Transactional
    public PeerGroup update(String key, String ifMatch, Definition definition) {
        PeerGroup group = get(key);
        ETags.requireMatch(ifMatch, group.version);
        Validation validation = new Validation();
        List<Municipality> members = check(validation, definition);
        validation.throwIfAny();
        Map<String, Object> before = group.auditView();
        apply(group, definition, members);
        var changes = Changes.between(before, group.auditView());
        if (!changes.isEmpty()) {
            audit.record("update", "peer-group", key, changes);
        }
        group.persistAndFlush();
        return group;
    }

    @Transactional
    public void delete(String key) {
        PeerGroup group = get(key);
        audit.record("delete", "peer-group", key, Changes.deleted(group.auditView()));
        group.delete();
    }

    private static void apply(PeerGroup group, Definition definition, List<Municipality> members) {
        group.name = definition.name().trim();
        group.description = definition.description() == null || definition.description().isBlank() ? null
                : definition.description().trim();
        group.members.clear();
        group.members.addAll(members.stream().sorted(java.util.Comparator.comparing((Municipality m) -> m.name)).toList());
        group.updatedAt = Instant.now();
    }

    /** Checks name, description and members; returns the members found, each once. */
    private List<Municipality> check(Validation validation, Definition definition) {
        String name = definition.name();
        validation.check(name != null && !name.isBlank() && name.trim().length() <= 100, "name", "invalid",
                "The name must be 1-100 characters.");
        validation.check(definition.description() == null || definition.description().trim().length() <= 500,
                "description", "too-long", "The description must be at most 500 characters.");
        List<String> codes = definition.members();
        List<Municipality> found = new ArrayList<>();
        if (codes == null || codes.isEmpty() || codes.size() > MAX_MEMBERS) {
            validation.add("members", "invalid", "A peer group needs 1-" + MAX_MEMBERS + " members, by municipality code.");
            return found;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "members[" + i + "]";
            String code = codes.get(i) == null ? "" : codes.get(i).trim();
            var municipality = municipalities.findByAnyCode(code);
            if (municipality.isEmpty()) {
                validation.add(field, "unknown-municipality", "No municipality has or had the code " + code + ".");
            } else if (!seen.add(municipality.get().id)) {
                validation.add(field, "duplicate", municipality.get().name + " (" + code + ") is listed more than once.");
            } else {
                found.add(municipality.get());
            }
        }
        return found;
    }
}
