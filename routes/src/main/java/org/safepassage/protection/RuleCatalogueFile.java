package org.safepassage.protection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reloads the catalogue file into an assessor when its content changed: the service calls
 * {@link #reloadIfChanged()} on a schedule (or from an operator action). A file that does not load keeps
 * the catalogue in use and is reported once, until the file changes again.
 */
public final class RuleCatalogueFile {

    /** What a reload did. */
    public enum Status {
        /** The file's content is the one seen last time: nothing done. */
        UNCHANGED,
        /** A new catalogue is in use. */
        RELOADED,
        /** The file changed but does not load: the previous catalogue stays in use. */
        REJECTED
    }

    /**
     * The outcome of a reload.
     *
     * @param status  what happened
     * @param version the version in use after the call
     * @param message why the file was rejected (entry names, never personal data), else {@code null}
     */
    public record Outcome(Status status, String version, String message) {
    }

    private final Path path;
    private final MinorProtectionAssessor assessor;
    private String lastDigest;

    /** Watches {@code path} for {@code assessor}; the assessor's current catalogue counts as seen. */
    public RuleCatalogueFile(Path path, MinorProtectionAssessor assessor) {
        this.path = Objects.requireNonNull(path, "path");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.lastDigest = assessor.catalogue().digest();
    }

    /** The file watched. */
    public Path path() {
        return path;
    }

    /** Loads the file if its content changed since the last call (or since the catalogue in use was read). */
    public synchronized Outcome reloadIfChanged() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            return new Outcome(Status.REJECTED, assessor.catalogue().version(),
                    path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        String digest = sha256(bytes);
        if (digest.equals(lastDigest)) {
            return new Outcome(Status.UNCHANGED, assessor.catalogue().version(), null);
        }
        lastDigest = digest;
        return load();
    }

    /** Loads the file whether or not it changed. */
    public synchronized Outcome reload() {
        Outcome o = load();
        if (o.status() == Status.RELOADED) {
            lastDigest = assessor.catalogue().digest();
        }
        return o;
    }

    private Outcome load() {
        try {
            RuleCatalogue c = RuleCatalogue.load(path);
            assessor.use(c);
            return new Outcome(Status.RELOADED, c.version(), null);
        } catch (InvalidRuleCatalogueException e) {
            return new Outcome(Status.REJECTED, assessor.catalogue().version(), e.getMessage());
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
