package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo accounts have well-known passwords: the service refuses to start with them outside the local profile. */
class DemoAccountGuardTest {

    @Test
    void refusesToStartWithDemoAccountsInAnotherProfile() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(SafePassageApplication.class)
                .profiles("production");
        String[] args = {"--safepassage.security.demo-accounts=true",
                        "--safepassage.data-dir=" + TestDataDirectory.newDirectory(),
                        "--spring.datasource.url=jdbc:h2:mem:guard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--server.port=0"};
        assertThatThrownBy(() -> app.run(args))
                .hasStackTraceContaining("demo accounts")
                .hasStackTraceContaining("[production]");
    }

    @Test
    void refusesDemoAccountsWhenLocalIsCombinedWithAnotherProfile() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(SafePassageApplication.class)
                .profiles("local", "production");
        String[] args = {"--safepassage.data-dir=" + TestDataDirectory.newDirectory(), "--server.port=0"};
        assertThatThrownBy(() -> app.run(args)).hasStackTraceContaining("demo accounts");
    }

    @Test
    void startsWithConfiguredAccountsAndNoDemoAccountsOutsideLocal() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(SafePassageApplication.class)
                .profiles("production");
        String[] args = {"--safepassage.data-dir=" + TestDataDirectory.newDirectory(),
                        "--spring.datasource.url=jdbc:h2:mem:accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--server.port=0", "--server.address=127.0.0.1",
                        "--safepassage.security.users[0].name=duty-officer",
                        "--safepassage.security.users[0].password={noop}s3cret",
                        "--safepassage.security.users[0].roles=OFFICER"};
        try (ConfigurableApplicationContext context = app.run(args)) {
            var users = context.getBean(Accounts.class);
            assertThat(users.named("duty-officer").getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_OFFICER");
            assertThatThrownBy(() -> users.named("officer"))
                    .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
        }
    }

    @Test
    void refusesToStartWithAPasswordThatIsNotAnEncodedHash() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(SafePassageApplication.class).profiles("production");
        // the placeholder an earlier README showed: it made every sign-in fail, with a warning only at sign-in time
        String[] args = {"--safepassage.data-dir=" + TestDataDirectory.newDirectory(),
                        "--spring.datasource.url=jdbc:h2:mem:placeholder;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--server.port=0", "--safepassage.security.users[0].name=duty-officer",
                        "--safepassage.security.users[0].password={bcrypt}$2a$10$...",
                        "--safepassage.security.users[0].roles=OFFICER"};
        assertThatThrownBy(() -> app.run(args)).hasStackTraceContaining("the password of account 'duty-officer'")
                .hasStackTraceContaining("hash-password");
    }
}
