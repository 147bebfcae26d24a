package org.safepassage.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Name and password sign-in (HTTP Basic and the sign-in form) at pipeline speed, and safe against guessing:
 * <ul>
 * <li>a locked account or address is refused before any password is checked;</li>
 * <li>a password is checked against its hash (bcrypt: deliberately slow) the first time; once verified, the account
 * remembers a keyed digest of it (HMAC-SHA-256 under a key that lives only in this process) for
 * {@code credentialCache}, and a request repeating the same correct password costs one HMAC, not a bcrypt;</li>
 * <li>every failure is counted and audited ({@link LoginAttempts}).</li>
 * </ul>
 * Only correct passwords are remembered, at most one per account, so the memory used is bounded by the accounts.
 */
class VerifiedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginAttempts attempts;
    private final Duration remember;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** A correct password, as a keyed digest, whom it signed in (with which roles), and until when it is remembered. */
    private record Verified(byte[] digest, Object principal,
                            java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> roles,
                            Instant until) {
    }

    public VerifiedCredentials(AuthenticationProvider passwordCheck, LoginAttempts attempts, Duration remember, Clock clock) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
        this.remember = remember;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Refused before any password is checked: the account or the address failed too often. */
    public static final class SignInLockedException extends LockedException {
        private final transient Duration retryAfter;

        SignInLockedException(Duration retryAfter) {
            super("too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String account = authentication.getName();
        String address = address(authentication);
        Duration locked = attempts.locked(account, address);
        if (locked != null) {
            throw new SignInLockedException(locked);
        }
        Object credentials = authentication.getCredentials();
        byte[] digest = credentials == null ? null : digest(account, credentials.toString());
        Instant now = clock.instant();
        Verified known = verified.get(account);
        if (digest != null && known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.digest(), digest)) {
            return UsernamePasswordAuthenticationToken.authenticated(known.principal(), null, known.roles());
        }
        Authentication result;
        try {
            result = passwordCheck.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(account, address);
            throw e;
        }
        if (result == null) {
            return null;
        }
        attempts.succeeded(account);
        if (digest != null && result.isAuthenticated()) {
            verified.put(account, new Verified(digest,
                    new org.springframework.security.core.userdetails.User(result.getName(), "", result.getAuthorities()),
                    result.getAuthorities(), now.plus(remember)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private byte[] digest(String account, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(account.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
