package no.kongsberg.vekst.reports;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.kongsberg.vekst.platform.ApiProblem;

/** The formats a report comes in, chosen by {@code ?format=} or else by the Accept header (JSON when neither says). */
enum ReportFormat {
    JSON("json", MediaType.APPLICATION_JSON_TYPE),
    HTML("html", MediaType.TEXT_HTML_TYPE),
    PDF("pdf", new MediaType("application", "pdf")),
    CSV("csv", new MediaType("text", "csv"));

    final String name;
    final MediaType mediaType;

    ReportFormat(String name, MediaType mediaType) {
        this.name = name;
        this.mediaType = mediaType;
    }

    /**
     * {@code format} wins; else the first acceptable type (in the client's order of preference) that
     * is one of ours, a wildcard meaning JSON; 400 for an unknown format, 406 when Accept names none.
     */
    static ReportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null) {
            for (ReportFormat candidate : values()) {
                if (candidate.name.equals(format)) {
                    return candidate;
                }
            }
            throw ApiProblem.invalid("format", "invalid", "The format is json, html, pdf or csv.");
        }
        if (acceptable == null || acceptable.isEmpty()) {
            return JSON;
        }
        for (MediaType wanted : acceptable) {
            if (wanted.isWildcardType()) {
                return JSON;
            }
            for (ReportFormat candidate : values()) {
                if (wanted.isCompatible(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        throw new ApiProblem(406, "not-acceptable", "Not acceptable",
                "Ask for application/json, text/html, application/pdf or text/csv (or use ?format=).", List.of(), java.util.Map.of());
    }
}
