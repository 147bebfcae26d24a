package org.safepassage.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The security layer's answers to machine clients in the API's problem-details shape: 401 (no or wrong
 * credentials), 429 (too many failed sign-ins: locked for a while, with Retry-After) and 403 (the account's roles
 * do not allow the call).
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof VerifiedCredentials.SignInLockedException locked) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, locked.retryAfter().toSeconds())));
            write(response, 429, "Too Many Requests", locked.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"SafePassage\"");
        write(response, 401, "Unauthorized",
                "sign in: HTTP Basic, a client certificate or a bearer token of the configured issuer");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, 403, "Forbidden", "your account's roles do not allow this call");
    }

    private static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
