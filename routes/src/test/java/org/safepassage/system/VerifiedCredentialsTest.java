package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.safepassage.audit.AccessLog;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * A verified password is remembered, so a client repeating it costs no second bcrypt; a wrong one is always checked
 * and counted; a remembered one is forgotten after its time.
 */
class VerifiedCredentialsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final List<String> audited = new java.util.concurrent.CopyOnWriteArrayList<>();

    private VerifiedCredentials provider() {
        SecurityProperties properties = new SecurityProperties(false, List.of(new SecurityProperties.Account("sender",
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode("right"), List.of(Role.INGEST))),
                new SecurityProperties.Login(3, 100, Duration.ofMinutes(15), Duration.ofMinutes(5)),
                Duration.ofMinutes(10), new SecurityProperties.Tokens(null, null, null, null, "roles"));
        Accounts accounts = new Accounts(properties, new MockEnvironment());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts::withPassword);
        dao.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        AuthenticationProvider counting = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                bcryptChecks.incrementAndGet();
                return dao.authenticate(authentication);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        AccessLog accessLog = new AccessLog(null, clock) {
            @Override
            public void record(String actor, String action, String subject, String detail) {
                audited.add(actor + " " + action + " " + subject);
            }
        };
        LoginAttempts attempts = new LoginAttempts(properties.login(), accounts, accessLog, clock);
        return new VerifiedCredentials(counting, attempts, properties.credentialCache(), clock);
    }

    private static Authentication token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("sender", password);
    }

    @Test
    void aRepeatedCorrectPasswordIsCheckedAgainstItsHashOnce() {
        VerifiedCredentials provider = provider();
        for (int i = 0; i < 50; i++) {
            Authentication result = provider.authenticate(token("right"));
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getName()).isEqualTo("sender");
            assertThat(result.getAuthorities()).extracting(Object::toString).filteredOn(a -> a.startsWith("ROLE_"))
                    .containsExactly("ROLE_INGEST");
        }
        assertThat(bcryptChecks.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsAlwaysCheckedCountedAndAudited() {
        VerifiedCredentials provider = provider();
        provider.authenticate(token("right"));
        assertThatThrownBy(() -> provider.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(bcryptChecks.get()).isEqualTo(3);
        assertThat(audited).containsExactly("sender LOGIN_FAILED unknown", "sender LOGIN_FAILED unknown");
        assertThatThrownBy(() -> provider.authenticate(token("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(token("right")))
                .as("locked after 3 failures, even with the remembered password")
                .isInstanceOf(VerifiedCredentials.SignInLockedException.class);
        assertThat(bcryptChecks.get()).isEqualTo(4);
    }

    @Test
    void aRememberedPasswordIsForgottenAfterItsTime() {
        VerifiedCredentials provider = provider();
        provider.authenticate(token("right"));
        clock.advance(Duration.ofMinutes(11));
        provider.authenticate(token("right"));
        assertThat(bcryptChecks.get()).isEqualTo(2);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
