package org.safepassage.system;

import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error answer of the API in one shape, RFC 9457 problem details ({@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail} (the reason, for the caller: which parameter, which
 * state; ids, never personal data) and {@code instance}. Never a stack trace or an exception's class name; an
 * unexpected failure answers 500 with a reference that the log line carries too.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "your account's roles do not allow this call");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        log.error("request failed unexpectedly (reference {}): {}", reference, Failures.describe(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the service could not answer; the operators' log has the reference " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> reasons = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bean
                        ? bean.getFieldErrors().stream().map(error -> error.getField() + ": " + message(error))
                        : result.getResolvableErrors().stream()
                                .map(error -> result.getMethodParameter().getParameterName() + ": " + message(error)))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, String.join("; ", reasons), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> reasons = ex.getBindingResult().getAllErrors().stream()
                .map(error -> (error instanceof FieldError field ? field.getField() + ": " : "") + message(error))
                .toList();
        return problem(HttpStatus.BAD_REQUEST, String.join("; ", reasons), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "a parameter" : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "one of " + List.of(type.getEnumConstants())
                : "a " + (type == null ? "valid value" : type.getSimpleName().toLowerCase());
        return problem(HttpStatus.BAD_REQUEST, name + ": must be " + expected, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, unreadable(ex), headers, request);
    }

    /** Which field of the JSON body was wrong and what it must be, without echoing what was sent. */
    static String unreadable(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("");
            Class<?> target = mapping instanceof MismatchedInputException input ? input.getTargetType()
                    : mapping instanceof ValueInstantiationException v && v.getType() != null ? v.getType().getRawClass()
                    : null;
            if (target != null && target.isEnum()) {
                return field + ": must be one of " + List.of(target.getEnumConstants());
            }
            return field + ": missing, of the wrong type or not a valid "
                    + (target == null ? "value" : target.getSimpleName());
        }
        return "the request body is missing or is not the JSON this call takes";
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "invalid" : error.getDefaultMessage();
    }

    private ResponseEntity<Object> problem(HttpStatus status, String detail, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return handleExceptionInternal(new IllegalStateException(detail), problem, headers, status, request);
    }
}
