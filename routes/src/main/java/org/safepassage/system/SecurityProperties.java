package org.safepassage.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may use SafePassage. Accounts are configuration (passwords as {@code {bcrypt}...} hashes);
 * the documented demo accounts exist only in the {@code local} profile.
 */
@ConfigurationProperties("safepassage.security")
public record SecurityProperties(@DefaultValue("false") boolean demoAccounts, @DefaultValue List<Account> users) {

    /** A configured account: name, encoded password ({@code {bcrypt}...}, {@code {noop}...}) and roles. */
    public record Account(String name, String password, List<Role> roles) {
    }
}
