package org.safepassage.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.safepassage.audit.AccessLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed sign-ins, per account and per source address: each failure is logged and written to the access log
 * (account, address, never the password); after too many within the window the account or the address is locked
 * for a while, and a locked one is refused before any password is checked (no hashing for a guesser). A success
 * clears the account's count. Kept in memory, bounded: the oldest entries give way when very many addresses fail.
 */
class LoginAttempts {

    /** Entries kept at most (accounts and addresses together). */
    static final int MAX_ENTRIES = 100_000;

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final SecurityProperties.Login settings;
    private final Accounts accounts;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();
    private final AtomicInteger inserts = new AtomicInteger();

    public LoginAttempts(SecurityProperties.Login settings, Accounts accounts, AccessLog accessLog, Clock clock) {
        this.settings = settings;
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Failures of one account or one address within the window, and until when it is locked. */
    private static final class Counter {
        Instant windowStart;
        int count;
        Instant lockedUntil;
    }

    /** The time left on a lock of this account or address, or {@code null} when neither is locked. */
    public Duration locked(String account, String address) {
        Instant now = clock.instant();
        Duration left = lockLeft("account:" + account, now);
        Duration byAddress = lockLeft("address:" + address, now);
        if (left == null || (byAddress != null && byAddress.compareTo(left) > 0)) {
            left = byAddress;
        }
        return left;
    }

    private Duration lockLeft(String key, Instant now) {
        Counter f = failures.get(key);
        if (f == null) {
            return null;
        }
        synchronized (f) {
            return f.lockedUntil != null && f.lockedUntil.isAfter(now) ? Duration.between(now, f.lockedUntil) : null;
        }
    }

    /** A wrong password (or an unknown account) from this address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        String who = accountForAudit(account);
        int byAccount = count("account:" + account, settings.maxFailuresPerAccount(), now, who, address);
        int byAddress = count("address:" + address, settings.maxFailuresPerAddress(), now, who, address);
        log.warn("sign-in failed for account {} from {} ({} failures of the account, {} from the address in {})",
                who, address, byAccount, byAddress, settings.window());
        accessLog.record(who, "LOGIN_FAILED", address, "wrong or unknown credentials; failure " + byAccount
                + " of the account and " + byAddress + " of the address within " + settings.window());
    }

    /** A correct password: the account's count starts again (the address keeps its count). */
    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    private int count(String key, int max, Instant now, String who, String address) {
        if (inserts.incrementAndGet() % 1_000 == 0 || failures.size() >= MAX_ENTRIES) {
            prune(now);
        }
        Counter f = failures.computeIfAbsent(key, k -> new Counter());
        synchronized (f) {
            if (f.windowStart == null || f.windowStart.plus(settings.window()).isBefore(now)) {
                f.windowStart = now;
                f.count = 0;
            }
            f.count++;
            if (f.count >= max && (f.lockedUntil == null || !f.lockedUntil.isAfter(now))) {
                f.lockedUntil = now.plus(settings.lockDuration());
                String what = key.startsWith("account:") ? "account " + who : "address " + address;
                log.warn("sign-in locked for {} until {} after {} failures", what, f.lockedUntil, f.count);
                accessLog.record(who, "LOGIN_LOCKED", address, what + " locked for " + settings.lockDuration()
                        + " after " + f.count + " failed sign-ins");
            }
            return f.count;
        }
    }

    /** Drops entries whose window and lock are over; if still too many, the rest go too (locks are short-lived). */
    private void prune(Instant now) {
        failures.entrySet().removeIf(e -> {
            Counter f = e.getValue();
            synchronized (f) {
                boolean windowOver = f.windowStart == null || f.windowStart.plus(settings.window()).isBefore(now);
                boolean unlocked = f.lockedUntil == null || !f.lockedUntil.isAfter(now);
                return windowOver && unlocked;
            }
        });
        if (failures.size() >= MAX_ENTRIES) {
            log.warn("more than {} accounts and addresses failing sign-in at once: counts reset", MAX_ENTRIES);
            failures.entrySet().removeIf(e -> e.getValue().lockedUntil == null);
        }
    }

    /**
     * The account name as the access log keeps it: a configured account by its name; an unknown name only by a
     * digest (people type their password into the name field).
     */
    String accountForAudit(String account) {
        if (accounts.exists(account)) {
            return account;
        }
        return "unknown:" + HexFormat.of().formatHex(sha256(account == null ? "" : account), 0, 6);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
