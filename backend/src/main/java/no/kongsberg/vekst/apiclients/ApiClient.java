package no.kongsberg.vekst.apiclients;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A machine client of an integrator: it signs in with its client id and secret (client credentials). */
@Entity
@Table(name = "api_client")
public class ApiClient extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "client_id", nullable = false, unique = true)
    public String clientId;

    @Column(nullable = false)
    public String name;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @Column(name = "owner_email", nullable = false)
    public String ownerEmail;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] scopes;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "secret_created_at", nullable = false)
    public Instant secretCreatedAt;

    @Column(name = "credentials_version", nullable = false)
    public int credentialsVersion;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** The last day with a counted call, read from the usage counters. */
    @Formula("(select max(u.day) from api_client_usage u where u.client_id = id and u.calls > 0)")
    public LocalDate lastUsedOn;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ApiClient> findByClientId(String clientId) {
        return find("clientId", clientId).firstResultOptional();
    }

    public List<String> scopeList() {
        return Arrays.asList(scopes);
    }

    public String status(LocalDate today) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresOn.isBefore(today) ? "expired" : "active";
    }

    public boolean usable(LocalDate today) {
        return "active".equals(status(today));
    }

    /** What the audit log records of a client: never the secret's hash. */
    public Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("clientId", clientId);
        view.put("name", name);
        view.put("ownerName", ownerName);
        view.put("ownerEmail", ownerEmail);
        view.put("scopes", scopeList());
        view.put("expiresOn", expiresOn.toString());
        view.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
        return view;
    }
}
