package org.safepassage.system;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may use SafePassage and how they prove it. Accounts are configuration: a password (an encoded hash,
 * {@code {bcrypt}...}) for HTTP Basic and the sign-in form, and/or a client certificate whose subject's common
 * name (CN) is the account's name; OAuth2 bearer tokens (JWT) of the issuer configured under {@code tokens}. The
 * documented demo accounts exist only in the {@code local} profile.
 *
 * @param demoAccounts    the well-known demo accounts of the local profile
 * @param users           configured accounts
 * @param login           throttling of failed sign-ins
 * @param credentialCache how long a verified password is remembered (as a keyed digest, in memory), so that a
 *                        client repeating the same correct credential does not pay for the password hash again
 * @param tokens          bearer tokens: off unless an issuer and its keys are configured
 */
@ConfigurationProperties("safepassage.security")
@Validated
public record SecurityProperties(@DefaultValue("false") boolean demoAccounts,
                                 @DefaultValue List<@Valid Account> users,
                                 @DefaultValue @Valid Login login,
                                 @DefaultValue("10m") Duration credentialCache,
                                 @DefaultValue @Valid Tokens tokens) {

    /**
     * A configured account: name, password hash (optional for an account that only signs in with a client
     * certificate) and roles.
     */
    public record Account(@NotBlank String name, String password, @NotEmpty List<Role> roles) {
    }

    /**
     * OAuth2 bearer tokens (signed JWTs) from the agency's identity provider. A token is accepted when its signature
     * verifies with the issuer's keys ({@code jwkSetUri}, or a PEM public key at {@code publicKeyLocation}), its
     * {@code iss} claim is {@code issuer}, it has not expired, and (when {@code audience} is set) its {@code aud}
     * claim names it; its {@code rolesClaim} (a list, or names separated by spaces) gives the caller's roles. The
     * {@code sub} claim names the caller in the access log.
     */
    public record Tokens(String issuer, String jwkSetUri, String publicKeyLocation, String audience,
                         @DefaultValue("roles") @NotBlank String rolesClaim) {

        public boolean enabled() {
            return issuer != null && !issuer.isBlank();
        }
    }

    /**
     * Failed sign-ins: after {@code maxFailuresPerAccount} failures of one account, or {@code maxFailuresPerAddress}
     * from one address, within {@code window}, that account or address is refused for {@code lockDuration}
     * (answer 429, no password checked).
     */
    public record Login(@DefaultValue("10") @Min(1) int maxFailuresPerAccount,
                        @DefaultValue("50") @Min(1) int maxFailuresPerAddress,
                        @DefaultValue("15m") Duration window,
                        @DefaultValue("5m") Duration lockDuration) {
    }
}
