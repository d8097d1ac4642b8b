package no.kongsberg.vekst.kpis;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** The KPIs as the API shows them and takes them (openapi.yaml: Kpi, KpiValue, KpiAssessment, ...). */
public final class KpiViews {

    private KpiViews() {
    }

    public record Text(String nb, String en) {
    }

    public record Baseline(Integer year, Double value) {
    }

    public record Target(Integer year, Double value) {
    }

    public record Projection(double value, String method, List<String> basedOn) {
        static Projection of(KpiStatusRule.Projection p) {
            return p == null ? null : new Projection(p.value(), p.method(), p.basedOn());
        }
    }

    public record Point(String period, double value) {
    }

    public record Value(String period, double value, Double target, String status, Double missPercent, String trend,
            String source, String comment, String evidenceUrl, String enteredBy, Instant updatedAt, Integer version,
            Double fromCampaigns) {
    }

    public record Assessment(String period, boolean closed, Double target, Double actual, Projection projection, String status,
            Double missPercent, String trend) {
        static Assessment of(KpiStatusRule.Assessment a) {
            return new Assessment(Integer.toString(a.year()), a.closed(), a.target(), a.actual(), Projection.of(a.projection()),
                    a.verdict().status(), a.verdict().missPercent(), a.trend());
        }
    }

    public record Kpi(String key, Text name, Text description, String focusArea, String unit, String direction, Baseline baseline,
            String source, String formula, @JsonProperty("public") boolean isPublic, Value latest, Assessment current,
            List<Point> sparkline, List<Target> targets, int version, Instant updatedAt) {
    }

    /** A KPI as it stands for a year: the latest value up to it and the year's target, status and trend. */
    public record YearStanding(String key, Text name, String unit, String direction, Point latest, Double target, String status,
            Double missPercent, String trend) {
    }

    public record ValueList(String key, List<Value> items) {
    }

    public record PublicKpi(String key, Text name, String focusArea, String unit, String direction, Point latest, Double target,
            String status, String trend, Projection projection) {
    }

    public record PublicKpiList(int year, List<PublicKpi> items) {
    }

    // ---- what callers send ----

    public record KpiInput(String key, Text name, Text description, String focusArea, String unit, String direction,
            Baseline baseline, @JsonProperty("public") Boolean isPublic) {
    }

    public record TargetsInput(List<Target> targets) {
    }

    public record ValueInput(String period, Double value, String comment, String evidenceUrl) {
    }
}
