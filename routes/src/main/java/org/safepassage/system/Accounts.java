package org.safepassage.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts SafePassage knows, from configuration (and the demo accounts of the local profile). Checked once at
 * start-up: a password must be an encoded hash the service can verify, or the service refuses to start with one
 * line naming the account and the command that makes a hash.
 */
final class Accounts {

    static final String LOCAL_PROFILE = "local";
    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    /** Password encodings Spring Security verifies, other than bcrypt. */
    private static final List<String> OTHER_ENCODINGS = List.of("{argon2@SpringSecurity_v5_8}", "{pbkdf2@SpringSecurity_v5_8}",
            "{scrypt@SpringSecurity_v5_8}", "{argon2}", "{pbkdf2}", "{scrypt}", "{noop}");

    private final Map<String, UserDetails> withPassword = new LinkedHashMap<>();
    private final Map<String, UserDetails> all = new LinkedHashMap<>();

    Accounts(SecurityProperties properties, Environment environment) {
        for (SecurityProperties.Account account : properties.users()) {
            String[] roles = account.roles().stream().map(Role::name).toArray(String[]::new);
            if (account.password() == null || account.password().isBlank()) {
                all.put(account.name(), User.withUsername(account.name()).password("{none}").roles(roles)
                        .disabled(false).build());
                continue;
            }
            checkEncoded(account);
            UserDetails user = User.withUsername(account.name()).password(account.password()).roles(roles).build();
            withPassword.put(account.name(), user);
            all.put(account.name(), user);
        }
        if (properties.demoAccounts()) {
            refuseDemoAccountsOutsideLocal(environment);
            for (Role role : Role.values()) {
                String name = role.name().toLowerCase(Locale.ROOT);
                UserDetails user = User.withUsername(name).password("{noop}" + name).roles(role.name()).build();
                withPassword.put(name, user);
                all.put(name, user);
            }
            // the local profile, on 127.0.0.1, as intended: information, not a warning (other profiles refuse them)
            log.info("Demo accounts enabled ({}): the local profile only; any other profile refuses to start with them",
                    Arrays.stream(Role.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
        }
        if (all.isEmpty()) {
            log.warn("No accounts configured (safepassage.security.users): every request but /actuator/health is refused");
        }
    }

    private static void checkEncoded(SecurityProperties.Account account) {
        String password = account.password();
        if (password.startsWith("{bcrypt}") ? BCRYPT.matcher(password).matches()
                : OTHER_ENCODINGS.stream().anyMatch(id -> password.startsWith(id) && password.length() > id.length())) {
            if (password.startsWith("{noop}")) {
                log.warn("account {} has a password in plain text ({noop}); use a hash: java -jar safepassage.jar hash-password",
                        account.name());
            }
            return;
        }
        throw new IllegalStateException("Refusing to start: the password of account '" + account.name()
                + "' (safepassage.security.users) is not an encoded hash the service can check; make one with "
                + "'java -jar safepassage.jar hash-password' and configure it as {bcrypt}$2a$...");
    }

    /** Demo accounts with well-known passwords must never reach a deployment. */
    static void refuseDemoAccountsOutsideLocal(Environment environment) {
        String[] active = environment.getActiveProfiles();
        List<String> profiles = active.length > 0 ? List.of(active) : List.of(environment.getDefaultProfiles());
        List<String> others = profiles.stream().filter(p -> !LOCAL_PROFILE.equals(p)).toList();
        if (!profiles.contains(LOCAL_PROFILE) || !others.isEmpty()) {
            throw new IllegalStateException("Refusing to start: demo accounts (safepassage.security.demo-accounts=true) "
                    + "are allowed only in the 'local' profile, but the active profiles are " + profiles
                    + ". Configure real accounts under safepassage.security.users instead.");
        }
    }

    /** An account that signs in with a password. */
    public UserDetails withPassword(String name) {
        UserDetails user = withPassword.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no account with a password");
        }
        // a copy: a successful sign-in erases the credentials of what it was given
        return User.withUserDetails(user).build();
    }

    /** An account, whatever it signs in with (a client certificate names it by its CN). */
    public UserDetails named(String name) {
        UserDetails user = all.get(name);
        if (user == null) {
            throw new UsernameNotFoundException("no such account");
        }
        return User.withUserDetails(user).build();
    }

    public boolean exists(String name) {
        return name != null && all.containsKey(name);
    }
}
