package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** {@code java -jar safepassage.jar hash-password}: a hash the service accepts, never the password itself. */
class PasswordHashCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin) {
        return PasswordHashCommand.run(null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsABcryptHashThatTheServiceAcceptsAndChecks() {
        assertThat(run("duty officer 2026\n")).isZero();
        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("duty officer");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("duty officer 2026", hash)).isTrue();
        // the form Accounts requires of a configured password
        new Accounts(new SecurityProperties(false, java.util.List.of(new SecurityProperties.Account("duty", hash,
                java.util.List.of(Role.OFFICER))), null, null, null), new org.springframework.mock.env.MockEnvironment());
    }

    @Test
    void refusesAShortPassword() {
        assertThat(run("short\n")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 8 characters");
    }
}
