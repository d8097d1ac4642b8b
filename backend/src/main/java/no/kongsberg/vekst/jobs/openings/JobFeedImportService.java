package no.kongsberg.vekst.jobs.openings;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kongsberg.vekst.imports.ImportCounts;
import no.kongsberg.vekst.imports.ImportExecutor;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.imports.ImportOutcome;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.municipalities.MunicipalityService;
import no.kongsberg.vekst.municipalities.Region;
import no.kongsberg.vekst.partners.Partner;
import no.kongsberg.vekst.platform.OsloTime;
import no.kongsberg.vekst.settings.SettingsService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the public job-ad feed: ads in the configured municipalities become openings (source
 * `job-feed`), found again by the ad's uuid and updated in place; an inactive ad withdraws its
 * opening, and a full snapshot withdraws the feed's openings that are missing from it.
 */
@ApplicationScoped
public class JobFeedImportService {

    public static final String KIND = "job-feed";

    /** The transaction-scoped advisory lock that serialises feed imports. */
    private static final long FEED_LOCK = 0x6a6f62666565644cL;

    /** `full`: the file is the whole feed; `delta`: only the ads in it are touched. */
    public enum Mode {
        FULL, DELTA
    }

    public record Upload(Path file, String source, Mode mode, boolean dryRun, String actor, String address) {
    }

    private final ImportExecutor executor;
    private final MunicipalityService municipalities;
    private final SettingsService settings;
    private final Optional<List<String>> configuredCodes;

    public JobFeedImportService(ImportExecutor executor, MunicipalityService municipalities, SettingsService settings,
            @ConfigProperty(name = "vekst.job-feed.municipalities") Optional<List<String>> configuredCodes) {
        this.executor = executor;
        this.municipalities = municipalities;
        this.settings = settings;
        this.configuredCodes = configuredCodes;
    }

    public ImportExecutor.Result submit(Upload upload) {
        return executor.submit(new ImportExecutor.Job(KIND, upload.file(), upload.source(), upload.dryRun(), upload.actor(),
                upload.address(), (runId, progress) -> {
                    try (InputStream in = Files.newInputStream(upload.file())) {
                        return run(in, upload.mode(), runId, progress::accept);
                    }
                }));
    }

    /**
     * The municipalities whose ads are kept: `vekst.job-feed.municipalities` (codes), or else the
     * home municipality and the members of every region it belongs to.
     */
    List<Municipality> feedMunicipalities() {
        if (configuredCodes.isPresent()) {
            return configuredCodes.get().stream().map(String::strip).map(code -> municipalities.findByAnyCode(code)
                    .orElseThrow(() -> new IllegalStateException("vekst.job-feed.municipalities names " + code
                            + ", which no municipality has had"))).distinct().toList();
        }
        String home = settings.current().homeMunicipality;
        Map<Long, Municipality> chosen = new LinkedHashMap<>();
        municipalities.findByAnyCode(home).ifPresent(m -> chosen.put(m.id, m));
        for (Region region : municipalities.regions()) {
            if (region.members.stream().anyMatch(m -> m.code.equals(home))) {
                region.members.forEach(m -> chosen.putIfAbsent(m.id, m));
            }
        }
        return List.copyOf(chosen.values());
    }

    private ImportOutcome run(InputStream in, Mode mode, UUID runId, java.util.function.LongConsumer progress) throws java.io.IOException {
        // One feed import at a time: two at once would both insert a new ad's opening (one then failing
        // on the unique source id), and a full snapshot would withdraw what the other is adding.
        JobOpening.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + FEED_LOCK + ")").getSingleResult();
        List<Municipality> places = feedMunicipalities();
        Map<String, Municipality> byCode = new HashMap<>();
        Map<String, Municipality> byName = new HashMap<>();
        for (Municipality place : places) {
            place.codes.forEach(period -> byCode.put(period.code, place));
            byCode.put(place.code, place);
            byName.put(place.name.toLowerCase(Locale.ROOT), place);
        }
        Function<JsonNode, Municipality> placeOf = location -> {
            String code = FeedAds.code(location);
            if (code != null) {
                return byCode.get(code);
            }
            String name = FeedAds.name(location);
            return name == null ? null : byName.get(name);
        };
        FeedAds.Read read = FeedAds.read(in, placeOf);
        List<ImportMessage> warnings = new ArrayList<>(read.warnings());
        long processed = read.ads().size() + read.errors().size();
        progress.accept(processed);
        if (!read.errors().isEmpty()) {
            return new ImportOutcome(processed, new ImportCounts(0, 0, 0, read.errors().size(), 0), read.errors(), warnings);
        }
        // The feed may hold an ad more than once as it changes; the last entry is its current state.
        Map<String, FeedAds.Ad> latest = new LinkedHashMap<>();
        for (FeedAds.Ad ad : read.ads()) {
            FeedAds.Ad earlier = latest.put(ad.uuid(), ad);
            if (earlier != null) {
                warnings.add(new ImportMessage(ad.number(), "uuid", "duplicate",
                        "Ad " + ad.uuid() + " is also entry " + earlier.number() + "; the later entry is used."));
            }
        }
        long elsewhere = latest.values().stream().filter(ad -> ad.place() == null).count();
        if (elsewhere > 0) {
            warnings.add(new ImportMessage(null, null, "outside-municipalities", elsewhere
                    + " ads have no work location in the feed's municipalities (" + places.stream().map(m -> m.name)
                    .collect(Collectors.joining(", ")) + ") and were left out."));
        }
        List<FeedAds.Ad> kept = latest.values().stream().filter(ad -> ad.place() != null).toList();
        Map<String, JobOpening> stored = stored(kept.stream().map(FeedAds.Ad::uuid).toList());
        Map<String, Partner> partners = partners(kept);
        LocalDate today = OsloTime.today();
        Instant now = Instant.now();
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        long withdrawn = 0;
        long inactiveUnknown = 0;
        for (FeedAds.Ad ad : kept) {
            JobOpening opening = stored.get(ad.uuid());
            if (!ad.active()) {
                if (opening == null) {
                    inactiveUnknown++;
                } else if (JobOpening.PUBLISHED.equals(opening.status)) {
                    withdraw(opening, runId, now);
                    withdrawn++;
                } else {
                    unchanged++;
                }
                continue;
            }
            if (opening == null) {
                opening = new JobOpening();
                opening.id = UUID.randomUUID();
                opening.source = JobOpening.JOB_FEED;
                opening.sourceId = ad.uuid();
                opening.createdAt = now;
                opening.createdBy = null;
                apply(opening, ad, partners, today);
                opening.importRunId = runId;
                opening.updatedAt = now;
                opening.persist();
                inserted++;
            } else if (apply(opening, ad, partners, today)) {
                opening.importRunId = runId;
                opening.updatedAt = now;
                updated++;
            } else {
                unchanged++;
            }
        }
        if (inactiveUnknown > 0) {
            warnings.add(new ImportMessage(null, "status", "inactive-unknown", inactiveUnknown
                    + " inactive ads had no opening here and were left out."));
        }
        if (mode == Mode.FULL) {
            Set<String> active = kept.stream().filter(FeedAds.Ad::active).map(FeedAds.Ad::uuid).collect(Collectors.toSet());
            for (JobOpening opening : JobOpening.<JobOpening>list("source = ?1 and status = ?2", JobOpening.JOB_FEED,
                    JobOpening.PUBLISHED)) {
                if (!active.contains(opening.sourceId)) {
                    withdraw(opening, runId, now);
                    withdrawn++;
                }
            }
        }
        JobOpening.flush();
        return new ImportOutcome(processed, new ImportCounts(inserted, updated, unchanged, 0, 0, withdrawn), List.of(), warnings);
    }

    private static void withdraw(JobOpening opening, UUID runId, Instant now) {
        opening.status = JobOpening.WITHDRAWN;
        opening.importRunId = runId;
        opening.updatedAt = now;
    }

    /** Sets the ad's fields on the opening; whether anything changed. */
    private static boolean apply(JobOpening o, FeedAds.Ad ad, Map<String, Partner> partners, LocalDate today) {
        Partner partner = ad.organisationNumber() == null ? null : partners.get(ad.organisationNumber());
        // An active ad is published; one already stored as expired stays so while its deadline has passed.
        String status = JobOpening.EXPIRED.equals(o.status) && ad.deadline().isBefore(today) ? JobOpening.EXPIRED
                : JobOpening.PUBLISHED;
        Instant publishedAt = ad.published() != null ? ad.published() : o.publishedAt != null ? o.publishedAt : Instant.now();
        boolean same = o.municipality != null && Objects.equals(o.title, ad.title())
                && Objects.equals(o.employerName, ad.employerName()) && Objects.equals(o.employerOrgNumber, ad.organisationNumber())
                && Objects.equals(o.partner == null ? null : o.partner.id, partner == null ? null : partner.id)
                && o.municipality.id.equals(ad.place().id) && Objects.equals(o.address, ad.address())
                && Objects.equals(o.postalCode, ad.postalCode()) && Objects.equals(o.city, ad.city())
                && Objects.equals(o.category, ad.category()) && Objects.equals(o.employmentType, ad.employmentType())
                && o.positions == ad.positions() && Objects.equals(o.startDate, ad.startDate())
                && Objects.equals(o.applicationDeadline, ad.deadline()) && Objects.equals(o.link, ad.link())
                && Objects.equals(o.description, ad.description()) && Objects.equals(o.status, status)
                && Objects.equals(o.publishedAt, publishedAt);
        if (same) {
            return false;
        }
        o.title = ad.title();
        o.employerName = ad.employerName();
        o.employerOrgNumber = ad.organisationNumber();
        o.partner = partner;
        o.municipality = ad.place();
        o.address = ad.address();
        o.postalCode = ad.postalCode();
        o.city = ad.city();
        o.category = ad.category();
        o.employmentType = ad.employmentType();
        o.positions = ad.positions();
        o.startDate = ad.startDate();
        o.applicationDeadline = ad.deadline();
        o.link = ad.link();
        o.description = ad.description();
        o.status = status;
        o.publishedAt = publishedAt;
        return true;
    }

    private static Map<String, JobOpening> stored(List<String> uuids) {
        if (uuids.isEmpty()) {
            return Map.of();
        }
        return JobOpening.<JobOpening>list("source = ?1 and sourceId in ?2", JobOpening.JOB_FEED, uuids).stream()
                .collect(Collectors.toMap(o -> o.sourceId, o -> o));
    }

    private static Map<String, Partner> partners(List<FeedAds.Ad> ads) {
        List<String> numbers = ads.stream().map(FeedAds.Ad::organisationNumber).filter(Objects::nonNull).distinct().toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return Partner.<Partner>list("organisationNumber in ?1", numbers).stream()
                .collect(Collectors.toMap(p -> p.organisationNumber, p -> p));
    }
}
