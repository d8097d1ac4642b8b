package no.kongsberg.vekst.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One import of a file of any kind: its status, progress, counts per value, and messages. */
@Entity
@Table(name = "import_run")
public class ImportRun extends PanacheEntityBase {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String REJECTED = "rejected";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String source;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    public long processed;
    public Long total;
    public long inserted;
    public long updated;
    public long unchanged;
    public long rejected;
    public long flagged;
    public long withdrawn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ImportMessage> errors = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<ImportMessage> warnings = new ArrayList<>();
}
