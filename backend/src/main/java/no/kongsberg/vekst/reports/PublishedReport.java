package no.kongsberg.vekst.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A published version of a report: its content (the Report JSON) and its PDF exactly as published.
 * Never updated or deleted (the database refuses both, see V9__reports.sql).
 */
@Entity
@Immutable
@Table(name = "report_version")
public class PublishedReport extends PanacheEntityBase {

    @Id
    public UUID id;

    public String kind;

    public String period;

    public int version;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** The Report JSON, byte for byte what the API answers for this version. */
    public String content;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    public byte[] pdf;
}
