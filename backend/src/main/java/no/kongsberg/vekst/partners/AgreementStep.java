package no.kongsberg.vekst.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A status an agreement reached: when and by whom (a display name, kept as it was at the time). */
@Embeddable
public class AgreementStep {

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "by_name", nullable = false)
    public String by;

    public AgreementStep() {
    }

    public AgreementStep(String status, Instant at, String by) {
        this.status = status;
        this.at = at;
        this.by = by;
    }
}
