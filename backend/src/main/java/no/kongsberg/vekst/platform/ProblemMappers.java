package no.kongsberg.vekst.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json (RFC 9457). The one place that decides what a
 * caller sees when something goes wrong; no stack trace ever leaves the server.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + problem.code(), problem.title(), problem.status(),
                        problem.getMessage(), request.path(), problem.code(), problem.errors(), problem.runId(),
                        problem.oauthError(), problem.oauthError() == null ? null : problem.getMessage()));
        problem.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), codeOf(violation), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return apiProblem(ApiProblem.validation(errors), request);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.invalid(jsonPath(e), "unknown-field",
                "The field " + e.getPropertyName() + " is not part of this request."), request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.invalid(jsonPath(e), "invalid",
                "The value has the wrong type or format (expected " + e.getTargetType().getSimpleName() + ")."), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return apiProblem(ApiProblem.invalid(field.isEmpty() ? "body" : field, "invalid",
                "The value has the wrong type."), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        return apiProblem(ApiProblem.invalid(field.isEmpty() ? "body" : field, "malformed",
                "The body is not valid JSON."), request);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.unauthorized("unauthorized",
                "A valid access token is required. Sign in again."), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (passwordChangePending()) {
            return apiProblem(new ApiProblem(403, "password-change-required", "Password change required",
                    "Your password is temporary: change it (POST /api/v1/auth/password) before anything else.", null, null), request);
        }
        return apiProblem(ApiProblem.forbidden("Your role may not do this."), request);
    }

    private static boolean passwordChangePending() {
        try {
            var identity = io.quarkus.arc.Arc.container().select(io.quarkus.security.identity.SecurityIdentity.class).get();
            return identity.hasRole(no.kongsberg.vekst.auth.Roles.PASSWORD_CHANGE_PENDING);
        } catch (RuntimeException noIdentity) {
            return false;
        }
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.stale(), request);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.stale(), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformedJson(json, request);
            }
        }
        if (status >= 500) {
            return unexpected(e, request);
        }
        String code = switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + ".";
            case 405 -> "The method " + request.method() + " is not allowed here.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> Response.Status.fromStatusCode(status) == null ? "The request failed."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.TYPE_BASE + code, title, status, detail, request.path(), code, null, null));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, HttpServerRequest request) {
        return databaseUnreachable(e) ? unavailable(request) : unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, HttpServerRequest request) {
        return databaseUnreachable(e) ? unavailable(request) : unexpected(e, request);
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable e, HttpServerRequest request) {
        return databaseUnreachable(e) ? unavailable(request) : unexpected(e, request);
    }

    private Response unavailable(HttpServerRequest request) {
        return apiProblem(new ApiProblem(503, "unavailable", "Service unavailable",
                "The database cannot be reached. Try again shortly.", null, java.util.Map.of("Retry-After", "5")), request);
    }

    private Response unexpected(Throwable e, HttpServerRequest request) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s %s", incident, request.method(), request.path());
        return apiProblem(new ApiProblem(500, "internal", "Internal error",
                "Something went wrong on our side (incident " + incident + ").", null, null), request);
    }

    /** True when the cause is that no connection to PostgreSQL could be had. */
    public static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The JSON path of a violated field (`targets.growthPercent`, `roles[1]`), or the parameter name
     * for a query parameter. Body parameters are named `body` in the resources and left out.
     */
    private static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> {
                    if (!"body".equals(node.getName())) {
                        field.append(node.getName());
                    }
                }
                case PROPERTY, BEAN -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    if (node.getName() != null) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> {
                    if (node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String codeOf(ConstraintViolation<?> violation) {
        String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (annotation) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size" -> sizeCode(violation);
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative" -> "out-of-range";
            case "Pattern", "Email" -> "invalid";
            default -> "invalid";
        };
    }

    private static String sizeCode(ConstraintViolation<?> violation) {
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        Object value = violation.getInvalidValue();
        int length = value instanceof CharSequence s ? s.length()
                : value instanceof java.util.Collection<?> c ? c.size() : -1;
        return min instanceof Integer m && length >= 0 && length < m ? "too-short" : "too-long";
    }
}
