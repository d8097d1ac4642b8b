package no.kongsberg.vekst.jobs.openings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.kongsberg.vekst.imports.ImportMessage;
import no.kongsberg.vekst.municipalities.Municipality;
import no.kongsberg.vekst.platform.OsloTime;

/**
 * Reads the public job-ad feed's JSON: a page (`{"content": [ads]}`) or an array of pages. Each ad
 * is checked and turned into the fields of an opening; the ads' work locations are matched to
 * places by {@code placeOf}. An ad that cannot be stored (no uuid, title, employer name or expiry)
 * is an error; what can be mended (a bad organisation number, a link that is no web address) is
 * dropped with a warning.
 */
final class FeedAds {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The feed's engagement types, as the opening's employment types. */
    private static final Map<String, String> EMPLOYMENT_TYPES = Map.ofEntries(Map.entry("fast", "permanent"),
            Map.entry("vikariat", "temporary"), Map.entry("engasjement", "temporary"), Map.entry("prosjekt", "temporary"),
            Map.entry("sesong", "seasonal"), Map.entry("lærling", "apprenticeship"), Map.entry("trainee", "trainee"));

    /** One ad, read: {@code number} counts from 1 through the file; {@code place} is null outside the configured municipalities. */
    record Ad(long number, String uuid, boolean active, String title, String organisationNumber, String employerName,
            Municipality place, String address, String postalCode, String city, String category, String employmentType, int positions,
            LocalDate startDate, LocalDate deadline, String link, String description, Instant published) {
    }

    record Read(List<Ad> ads, List<ImportMessage> errors, List<ImportMessage> warnings) {
    }

    private FeedAds() {
    }

    /** The ads of the file; {@code placeOf} finds the place of a work location's code or name, or null. */
    static Read read(InputStream in, Function<JsonNode, Municipality> placeOf) throws IOException {
        List<ImportMessage> errors = new ArrayList<>();
        List<ImportMessage> warnings = new ArrayList<>();
        List<Ad> ads = new ArrayList<>();
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            errors.add(new ImportMessage(null, null, "invalid-json", "The file is not valid JSON: " + e.getOriginalMessage()));
            return new Read(ads, errors, warnings);
        }
        List<JsonNode> pages = new ArrayList<>();
        if (root != null && root.isArray()) {
            root.forEach(pages::add);
        } else if (root != null) {
            pages.add(root);
        }
        if (pages.isEmpty() || pages.stream().anyMatch(page -> !page.path("content").isArray())) {
            errors.add(new ImportMessage(null, null, "invalid-format",
                    "A job-feed file is a page of the feed ({\"content\": [ads]}) or an array of such pages."));
            return new Read(ads, errors, warnings);
        }
        long number = 0;
        for (JsonNode page : pages) {
            for (JsonNode ad : page.path("content")) {
                number++;
                Ad read = ad(number, ad, placeOf, errors, warnings);
                if (read != null) {
                    ads.add(read);
                }
            }
        }
        return new Read(ads, errors, warnings);
    }

    private static Ad ad(long row, JsonNode ad, Function<JsonNode, Municipality> placeOf, List<ImportMessage> errors,
            List<ImportMessage> warnings) {
        int errorsBefore = errors.size();
        String uuid = text(ad, "uuid");
        if (uuid == null || uuid.length() > 100) {
            errors.add(new ImportMessage(row, "uuid", "required", "The ad has no uuid (of at most 100 characters)."));
        }
        String title = text(ad, "title");
        if (title == null) {
            errors.add(new ImportMessage(row, "title", "required", "The ad has no title."));
        }
        String employerName = text(ad.path("employer"), "name");
        if (employerName == null) {
            errors.add(new ImportMessage(row, "employer.name", "required", "The ad has no employer name."));
        }
        LocalDate deadline = date(text(ad, "expires"));
        if (deadline == null) {
            errors.add(new ImportMessage(row, "expires", "required", "The ad has no expiry date (an ISO date or date-time)."));
        }
        String status = text(ad, "status");
        boolean active = status == null || status.equalsIgnoreCase("ACTIVE");
        if (!active && !status.equalsIgnoreCase("INACTIVE")) {
            errors.add(new ImportMessage(row, "status", "unknown-value", "The ad's status is ACTIVE or INACTIVE, not " + status + "."));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        String organisationNumber = text(ad.path("employer"), "orgnr");
        if (organisationNumber != null && !no.kongsberg.vekst.platform.OrganisationNumbers.isValid(organisationNumber)) {
            warnings.add(new ImportMessage(row, "employer.orgnr", "invalid-organisation-number",
                    "'" + organisationNumber + "' is not a valid organisation number; the opening is stored without it."));
            organisationNumber = null;
        }
        JsonNode location = null;
        Municipality place = null;
        for (JsonNode candidate : ad.path("workLocations")) {
            place = placeOf.apply(candidate);
            if (place != null) {
                location = candidate;
                break;
            }
        }
        String link = text(ad, "link");
        if (link != null && (link.length() > 500 || !JobOpeningService.isWebAddress(link))) {
            warnings.add(new ImportMessage(row, "link", "invalid-url", "The ad's link is not a web address; it is left out."));
            link = null;
        }
        String description = Descriptions.sanitise(text(ad, "description"));
        if (description != null && description.length() > JobOpeningService.MAX_DESCRIPTION_STORED) {
            warnings.add(new ImportMessage(row, "description", "too-long", "The ad's description is too long; it is left out."));
            description = null;
        }
        String postalCode = location == null ? null : text(location, "postalCode");
        return new Ad(row, uuid, active, cut(title, 200), organisationNumber, cut(employerName, 200), place,
                location == null ? null : cut(text(location, "address"), 200),
                postalCode != null && postalCode.matches("[0-9]{4}") ? postalCode : null,
                location == null ? null : cut(text(location, "city"), 100),
                cut(text(ad.path("occupationCategories").path(0), "level1"), 100),
                employmentType(text(ad, "engagementtype")), positions(ad.path("positioncount")), date(text(ad, "starttime")),
                deadline, link, description, instant(text(ad, "published")));
    }

    /** The municipality code or name of a work location: `municipalCode` if given, else `municipal`. */
    static String code(JsonNode location) {
        String code = text(location, "municipalCode");
        return code != null && code.matches("[0-9]{4}") ? code : null;
    }

    static String name(JsonNode location) {
        String name = text(location, "municipal");
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    private static String employmentType(String engagement) {
        if (engagement == null) {
            return null;
        }
        return EMPLOYMENT_TYPES.getOrDefault(engagement.toLowerCase(Locale.ROOT), "other");
    }

    private static int positions(JsonNode node) {
        int count = node.isInt() ? node.asInt() : node.isTextual() && node.asText().matches("[0-9]{1,5}") ? Integer.parseInt(node.asText()) : 1;
        return count >= 1 && count <= JobOpeningService.MAX_POSITIONS ? count : 1;
    }

    /** A date from an ISO date or date-time (one without an offset is Norwegian time). */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return plausible(LocalDate.parse(value));
            }
            if (value.endsWith("Z") || value.matches(".*[+-][0-9]{2}:[0-9]{2}$")) {
                return plausible(OffsetDateTime.parse(value).atZoneSameInstant(OsloTime.ZONE).toLocalDate());
            }
            return plausible(LocalDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate date) {
        return date.getYear() >= 1900 && date.getYear() <= 2200 ? date : null;
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.endsWith("Z") || value.matches(".*[+-][0-9]{2}:[0-9]{2}$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(OsloTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() || text.indexOf('\0') >= 0 ? null : text;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max).strip();
    }
}
