package no.kongsberg.vekst.campaigns.importing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kongsberg.vekst.audit.AuditService;
import no.kongsberg.vekst.audit.Changes;
import no.kongsberg.vekst.campaigns.Campaign;
import no.kongsberg.vekst.campaigns.CampaignMetricsService;
import no.kongsberg.vekst.campaigns.MetricRow;
import no.kongsberg.vekst.imports.ImportCounts;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportRun;
import no.kongsberg.vekst.imports.ImportRunService;
import no.kongsberg.vekst.platform.ApiProblem;
import no.kongsberg.vekst.platform.FieldError;
import no.kongsberg.vekst.platform.Validation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports campaign results from a Vekst CSV or a GA4 export: records the run, reads the file,
 * checks every row against its campaign, and records the rows in one transaction, committed, or
 * rolled back for a dry run (whose counts are therefore exactly the import's) or a rejected file.
 * Rows are matched by campaign, date and channel; a value column the file lacks keeps what is
 * recorded, and a row whose cells are all empty removes the recorded row.
 */
@ApplicationScoped
public class CampaignMetricImportService {

    public static final String KIND = "campaign-metrics";

    /** How the file is read. */
    public enum Format {
        VEKST, GA4
    }

    /** A file to import; {@code channel} is where GA4 rows go. */
    public record Upload(Format format, byte[] file, String channel, String source, boolean dryRun, String actor) {
    }

    private final ImportRunService runs;
    private final CampaignMetricsService metrics;
    private final AuditService audit;
    private final int timeoutSeconds;

    public CampaignMetricImportService(ImportRunService runs, CampaignMetricsService metrics, AuditService audit,
            @ConfigProperty(name = "vekst.imports.timeout-seconds", defaultValue = "900") int timeoutSeconds) {
        this.runs = runs;
        this.metrics = metrics;
        this.audit = audit;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Imports the file; a rejected file throws the 422 problem after its run is recorded as rejected. */
    public ImportRun submit(Upload upload) {
        ImportRun run = runs.start(KIND, upload.source(), upload.dryRun(), upload.actor(), false);
        ParsedMetrics parsed = upload.format() == Format.GA4 ? Ga4MetricReader.read(upload.file(), upload.channel())
                : VekstMetricReader.read(upload.file());
        ImportCounts counts;
        // One transaction for the whole file: committed, or rolled back for a dry run or a rejection.
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(timeoutSeconds));
        try {
            Map<String, List<Checked>> byCampaign = check(parsed, upload.format());
            if (!parsed.errors.isEmpty()) {
                QuarkusTransaction.rollback();
                return reject(run.id, parsed);
            }
            counts = record(byCampaign);
            if (upload.dryRun()) {
                QuarkusTransaction.rollback();
            } else {
                audit.recordAs(upload.actor(), "import", "import-run", run.id, summary(upload, counts));
                QuarkusTransaction.commit();
            }
        } catch (RuntimeException e) {
            if (QuarkusTransaction.isActive()) {
                QuarkusTransaction.rollback();
            }
            if (!(e instanceof ApiProblem)) {
                runs.reject(run.id, parsed.processed, ImportCounts.NONE, List.of(new ImportMessage(null, null, "internal",
                        "The import failed on the server; the server log has the details under run " + run.id + ".")));
            }
            throw e;
        }
        return runs.complete(run.id, parsed.processed, counts, parsed.warnings);
    }

    private ImportRun reject(UUID runId, ParsedMetrics parsed) {
        long rejected = parsed.rejectedRows();
        runs.reject(runId, parsed.processed, new ImportCounts(0, 0, 0, rejected, 0), parsed.errors);
        throw ApiProblem.importRejected(runId, rejected, parsed.errors.stream()
                .map(e -> new FieldError(fieldOf(e), e.code(), e.message())).toList());
    }

    /** A row of the file that passed its checks, for a known campaign. */
    private record Checked(ParsedMetrics.Entry entry, Campaign campaign) {
    }

    /** Checks the rows against their campaigns (adding errors and warnings); the good ones by campaign id. */
    private static Map<String, List<Checked>> check(ParsedMetrics parsed, Format format) {
        Map<String, Optional<Campaign>> campaigns = new HashMap<>();
        Map<String, List<Checked>> byCampaign = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (ParsedMetrics.Entry entry : parsed.entries) {
            String slug = entry.slug().toLowerCase(Locale.ROOT);
            Optional<Campaign> found = slug.isEmpty() ? Optional.empty() : campaigns.computeIfAbsent(slug,
                    s -> Optional.ofNullable(Campaign.<Campaign>find("slug", s).firstResult()));
            if (found.isEmpty()) {
                if (format == Format.GA4) {
                    parsed.warn(entry.row(), "campaign", "unknown-campaign", "Row " + entry.row() + ": '"
                            + MetricCsv.shorten(entry.slug()) + "' is not a Vekst campaign; the row was skipped.");
                } else {
                    parsed.reject(entry.row(), "campaign", "unknown-campaign", "No campaign has the slug '"
                            + MetricCsv.shorten(entry.slug()) + "'.");
                }
                continue;
            }
            Campaign campaign = found.get();
            for (FieldError error : errorsOf(entry.values(), campaign.channels())) {
                parsed.reject(entry.row(), error.field(), error.code(), error.message());
            }
            String key = campaign.id + "/" + entry.values().date() + "/" + entry.values().channel();
            Long first = seen.putIfAbsent(key, entry.row());
            if (first != null) {
                parsed.reject(entry.row(), "date", "duplicate", "Row " + first + " has the same campaign, date and channel.");
                continue;
            }
            byCampaign.computeIfAbsent(campaign.id.toString(), id -> new ArrayList<>()).add(new Checked(entry, campaign));
        }
        return byCampaign;
    }

    /** The field rules of a row (MetricRow's, which the metrics grid uses too). */
    private static List<FieldError> errorsOf(MetricRow row, List<String> channels) {
        Validation validation = new Validation();
        row.check(validation, "", channels);
        return validation.errors();
    }

    /** Records the rows campaign by campaign, in the caller's transaction. */
    private ImportCounts record(Map<String, List<Checked>> byCampaign) {
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (List<Checked> rows : byCampaign.values()) {
            UUID campaignId = rows.get(0).campaign().id;
            List<MetricRow> merged = merge(campaignId, rows);
            CampaignMetricsService.Counts counts = metrics.record(campaignId, merged);
            inserted += counts.inserted();
            // A removed row is a changed one: the counts of an import run have no removals.
            updated += counts.updated() + counts.removed();
            unchanged += counts.unchanged();
        }
        return new ImportCounts(inserted, updated, unchanged, 0, 0);
    }

    /**
     * The rows to record: the fields the file has columns for, and for the others what is recorded
     * (a GA4 file says nothing of cost or impressions). A row whose cells are all empty stays empty,
     * so it removes the recorded row.
     */
    private List<MetricRow> merge(UUID campaignId, List<Checked> rows) {
        LocalDate first = rows.stream().map(r -> r.entry().values().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(r -> r.entry().values().date()).max(LocalDate::compareTo).orElseThrow();
        Map<String, MetricRow> stored = new HashMap<>();
        metrics.rows(campaignId, first, last).forEach(r -> stored.put(r.date() + "/" + r.channel(), r));
        List<MetricRow> merged = new ArrayList<>();
        for (Checked checked : rows) {
            MetricRow row = checked.entry().values();
            Set<String> columns = checked.entry().columns();
            MetricRow before = stored.get(row.date() + "/" + row.channel());
            if (row.empty() || before == null || columns.containsAll(VekstMetricReader.VALUES)) {
                merged.add(row);
                continue;
            }
            merged.add(new MetricRow(row.date(), row.channel(),
                    columns.contains("impressions") ? row.impressions() : before.impressions(),
                    columns.contains("reach") ? row.reach() : before.reach(),
                    columns.contains("clicks") ? row.clicks() : before.clicks(),
                    columns.contains("sessions") ? row.sessions() : before.sessions(),
                    columns.contains("leads") ? row.leads() : before.leads(),
                    columns.contains("costNok") ? row.costNok() : before.costNok()));
        }
        return merged;
    }

    /** Where a rejected value is, as problem+json names fields: `rows[12].date` (row 1 is the header), or `file`. */
    private static String fieldOf(ImportMessage message) {
        if (message.row() == null) {
            return message.field() == null ? "file" : message.field();
        }
        return "rows[" + message.row() + "]" + (message.field() == null ? "" : "." + message.field());
    }

    /** The import run's audit entry: what was read and what it did. */
    private static Map<String, Map<String, Object>> summary(Upload upload, ImportCounts counts) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("source", upload.source());
        run.put("format", upload.format().name().toLowerCase(Locale.ROOT));
        run.put("inserted", counts.inserted());
        run.put("updated", counts.updated());
        run.put("unchanged", counts.unchanged());
        return Changes.created(run);
    }

    static Set<String> formats() {
        Set<String> formats = new HashSet<>();
        for (Format format : Format.values()) {
            formats.add(format.name().toLowerCase(Locale.ROOT));
        }
        return formats;
    }
}
