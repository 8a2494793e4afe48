package dev.kizuna.platform.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import dev.kizuna.platform.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import dev.kizuna.platform.input.RejectedParameterException;
import dev.kizuna.platform.input.UnreadableBody;

/**
 * The one place that decides what an error means to a client: its status, a translated title and detail,
 * and the field-by-field list. Used by the API (problem+json), the HTML error page and the security
 * filters, so every face tells the same story. Unknown errors are logged with an id and never shown.
 */
@Component
public class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;
    private final FieldMessages fieldMessages;

    private final LocaleResolver localeResolver;

    Problems(MessageSource messages, FieldMessages fieldMessages, LocaleResolver localeResolver) {
        this.messages = messages;
        this.fieldMessages = fieldMessages;
        this.localeResolver = localeResolver;
    }

    public Problem of(HttpStatus status, String slug, HttpServletRequest request) {
        return build(status, slug, List.of(), null, request);
    }

    public Problem validation(List<FieldProblem> problems, HttpServletRequest request) {
        return build(HttpStatus.UNPROCESSABLE_CONTENT, "validation", problems, null, request);
    }

    public Problem from(Throwable ex, HttpServletRequest request) {
        if (DatabaseOutage.causedBy(ex)) {
            return unavailable(ex, request);
        }
        return switch (ex) {
            case RuleViolationException e -> validation(e.problems(), request);
            case BindException e -> validation(FieldMessages.problems(e.getBindingResult()), request);
            case HandlerMethodValidationException e -> validation(e.getParameterValidationResults().stream()
                    .flatMap(r -> r.getResolvableErrors().stream().map(err -> FieldProblem.of(
                            r.getMethodParameter().getParameterName(),
                            err.getCodes() == null ? "Invalid" : last(err.getCodes()))))
                    .toList(), request);
            case RejectedParameterException e -> rejected(e.status(), List.of(e.problem()), request);
            case InvalidCursorException e -> build(HttpStatus.BAD_REQUEST, "bad-request",
                    List.of(FieldProblem.of("cursor", "Cursor")), null, request);
            case UnknownFilterException e -> build(HttpStatus.BAD_REQUEST, "bad-request",
                    List.of(FieldProblem.of(e.parameter(), "UnknownFilter")), null, request);
            case MethodArgumentTypeMismatchException e -> build(HttpStatus.BAD_REQUEST, "bad-request",
                    List.of(FieldProblem.of(e.getName(), "TypeMismatch")), null, request);
            case MissingServletRequestParameterException e -> build(HttpStatus.BAD_REQUEST, "bad-request",
                    List.of(FieldProblem.of(e.getParameterName(), "NotNull")), null, request);
            case MissingRequestHeaderException e -> build(HttpStatus.BAD_REQUEST, "bad-request",
                    List.of(FieldProblem.of(e.getHeaderName(), "NotNull")), null, request);
            case HttpMessageNotReadableException e -> {
                UnreadableBody body = UnreadableBody.of(e);
                yield build(body.status(), body.slug(), body.problems(), null, request);
            }
            case NotFoundException e -> of(HttpStatus.NOT_FOUND, "not-found", request);
            case NoResourceFoundException e -> of(HttpStatus.NOT_FOUND, "not-found", request);
            case org.springframework.web.servlet.NoHandlerFoundException e -> of(HttpStatus.NOT_FOUND, "not-found", request);
            case StaleVersionException e -> of(HttpStatus.CONFLICT, "stale-version", request);
            case OptimisticLockingFailureException e -> of(HttpStatus.CONFLICT, "stale-version", request);
            case DuplicateKeyException e -> of(HttpStatus.CONFLICT, "duplicate", request);
            case DataIntegrityViolationException e when foreignKey(e) -> of(HttpStatus.CONFLICT, "in-use", request);
            case IdempotencyConflictException e -> of(HttpStatus.CONFLICT, e.slug(), request);
            case RecordInUseException e -> build(HttpStatus.CONFLICT, "in-use", e.problems(), null, request);
            case ConflictException e -> build(HttpStatus.CONFLICT, "conflict", e.problems(), null, request);
            case AuthenticationException e -> of(HttpStatus.UNAUTHORIZED, "unauthorized", request);
            case AccessDeniedException e -> of(HttpStatus.FORBIDDEN, "forbidden", request);
            case HttpRequestMethodNotSupportedException e -> of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", request);
            case HttpMediaTypeNotSupportedException e -> of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", request);
            case org.springframework.web.multipart.MaxUploadSizeExceededException e ->
                    build(HttpStatus.CONTENT_TOO_LARGE, "too-large", e.getMaxUploadSize() <= 0 ? List.of()
                            : List.of(FieldProblem.of("file", "FileSize", Math.max(1, e.getMaxUploadSize() >> 20))),
                            null, request);
            case HttpMediaTypeNotAcceptableException e -> of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", request);
            default -> isBadValue(ex) ? badValue(ex, request) : unexpected(ex, request);
        };
    }

    /** A refusal that names its fields, for checks made outside controllers (the request parameter filter). */
    public Problem rejected(HttpStatus status, List<FieldProblem> problems, HttpServletRequest request) {
        return build(status, status == HttpStatus.UNPROCESSABLE_CONTENT ? "validation" : "bad-request", problems,
                null, request);
    }

    /**
     * PostgreSQL refused a value (SQLSTATE class 22 "data exception", or 54000 "program limit exceeded" such as
     * an index row too large): the input was bad, not the server. A check in front should have named the field;
     * this keeps the answer a 400 while the log says which request slipped through.
     */
    private static boolean isBadValue(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().equals("54000"))) {
                return true;
            }
        }
        return false;
    }

    private Problem badValue(Throwable ex, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.warn("Value refused by the database {} on {} {}: {}", errorId, request.getMethod(), pathOf(request),
                ex.getMessage());
        return build(HttpStatus.BAD_REQUEST, "bad-value", List.of(), errorId, request);
    }

    private Problem unexpected(Throwable ex, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", errorId, request.getMethod(), pathOf(request), ex);
        return build(HttpStatus.INTERNAL_SERVER_ERROR, "internal", List.of(), errorId, request);
    }

    private Problem build(HttpStatus status, String slug, List<FieldProblem> problems, String errorId,
            HttpServletRequest request) {
        // Filters run before the DispatcherServlet sets the locale context, so resolve it from the request.
        Locale locale = request == null ? LocaleContextHolder.getLocale() : localeResolver.resolveLocale(request);
        String title = messages.getMessage("problem." + slug + ".title", null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage("problem." + slug + ".detail", null, null, locale);
        return new Problem("urn:kizuna:problem:" + slug, title, status.value(), detail,
                request == null ? null : pathOf(request), fieldMessages.of(problems, locale), errorId);
    }

    /** The database cannot be reached: 503, and one line in the log naming the request, not a stack trace each time. */
    private Problem unavailable(Throwable ex, HttpServletRequest request) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        log.warn("Database unreachable on {} {}: {}", request == null ? "" : request.getMethod(),
                request == null ? "" : pathOf(request), cause.toString());
        return of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", request);
    }

    /** The path the client asked for, also when the container has passed the request on to {@code /error}. */
    private static String pathOf(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original
                : request.getRequestURI();
    }

    /** A foreign key refused the write (SQL state 23503): a record still held by others, the last line of defence. */
    private static boolean foreignKey(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String last(String[] codes) {
        String code = codes[codes.length - 1];
        return code.contains(".") ? code.substring(code.lastIndexOf('.') + 1) : code;
    }
}
