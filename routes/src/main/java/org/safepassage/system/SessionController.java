package org.safepassage.system;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the signed-in account and its roles (no personal data). */
@RestController
class SessionController {

    public record Session(String account, List<String> roles) {
    }

    @GetMapping("/api/v1/session")
    public Session session(Authentication authentication) {
        return new Session(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                // roles only: Spring Security also lists how the caller signed in (FACTOR_PASSWORD, FACTOR_X509, ...)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .sorted()
                .toList());
    }
}
