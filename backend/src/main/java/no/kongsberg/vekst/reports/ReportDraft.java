package no.kongsberg.vekst.reports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The staff's draft commentary for one report; the draft's figures are always read live. */
@Entity
@Table(name = "report_draft")
public class ReportDraft extends PanacheEntityBase {

    @Embeddable
    public static class Key implements Serializable {
        public String kind;
        public String period;

        protected Key() {
        }

        Key(ReportPeriod period) {
            this.kind = period.kind().apiName;
            this.period = period.code();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && kind.equals(other.kind) && period.equals(other.period);
        }

        @Override
        public int hashCode() {
            return Objects.hash(kind, period);
        }
    }

    @EmbeddedId
    public Key key;

    @Column(name = "kpis_comment")
    public String kpis;

    @Column(name = "population_comment")
    public String population;

    @Column(name = "financing_comment")
    public String financing;

    @Column(name = "campaigns_comment")
    public String campaigns;

    @Column(name = "action_plan_comment")
    public String actionPlan;

    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    ReportViews.Commentary commentary() {
        return new ReportViews.Commentary(kpis, population, financing, campaigns, actionPlan);
    }

    void apply(ReportViews.Commentary c) {
        kpis = c.kpis();
        population = c.population();
        financing = c.financing();
        campaigns = c.campaigns();
        actionPlan = c.actionPlan();
    }

    Map<String, Object> auditView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("kpis", kpis);
        view.put("population", population);
        view.put("financing", financing);
        view.put("campaigns", campaigns);
        view.put("actionPlan", actionPlan);
        return view;
    }
}
