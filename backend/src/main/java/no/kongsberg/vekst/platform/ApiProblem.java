package no.kongsberg.vekst.platform;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services for every expected failure; mapped to application/problem+json by
 * {@link ProblemMappers}. The factory methods name the common cases.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private java.util.UUID runId;
    private String oauthError;

    public ApiProblem(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ApiProblem validation(List<FieldError> errors) {
        return new ApiProblem(400, "validation", "Invalid request", "One or more values are invalid.", errors, null);
    }

    public static ApiProblem invalid(String field, String code, String message) {
        return validation(List.of(new FieldError(field, code, message)));
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", "Not found", detail, null, null);
    }

    public static ApiProblem conflict(String field, String code, String message) {
        return new ApiProblem(409, "conflict", "Conflict", message, List.of(new FieldError(field, code, message)), null);
    }

    public static ApiProblem unauthorized(String code, String detail) {
        return new ApiProblem(401, code, "Not signed in", detail, null, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "forbidden", "Not allowed", detail, null, null);
    }

    public static ApiProblem stale() {
        return new ApiProblem(412, "stale", "Changed by someone else",
                "The resource has changed since you read it. Read it again and reapply your change.", null, null);
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, "precondition-required", "If-Match required",
                "Send the ETag of your last read in the If-Match header.", null, null);
    }

    public static ApiProblem tooManyAttempts(long retryAfterSeconds) {
        return new ApiProblem(429, "too-many-attempts", "Too many attempts",
                "Too many failed sign-ins. Try again in " + retryAfterSeconds + " seconds.", null,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** An import that refused its file: the run recorded as rejected. */
    public static ApiProblem importRejected(java.util.UUID runId, long rejectedValues, List<FieldError> errors) {
        ApiProblem problem = new ApiProblem(422, "import-rejected", "Import rejected", rejectedValues
                + (rejectedValues == 1 ? " value was" : " values were") + " rejected; nothing was imported.", errors, null);
        problem.runId = runId;
        return problem;
    }

    /**
     * An error of the OAuth 2.0 token endpoint (RFC 6749, 5.2): the problem also carries `error`
     * (the OAuth code, e.g. `invalid_client`) and `error_description`, which OAuth clients read.
     */
    public static ApiProblem oauth(int status, String error, String title, String description, Map<String, String> headers) {
        ApiProblem problem = new ApiProblem(status, error.replace('_', '-'), title, description, null, headers);
        problem.oauthError = error;
        return problem;
    }

    public String oauthError() {
        return oauthError;
    }

    public java.util.UUID runId() {
        return runId;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
