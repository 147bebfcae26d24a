package org.safepassage.mrtd.trust;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A trust store that can be reloaded without a restart: {@link #reload()} builds a new immutable
 * {@link TrustStore} and swaps it in atomically. Verifications in flight keep the snapshot they
 * started with; a failed reload keeps the old store.
 */
public final class ReloadableTrustStore implements TrustStoreSource {

    private final Supplier<TrustStore> loader;
    private final AtomicReference<TrustStore> current;

    public ReloadableTrustStore(Supplier<TrustStore> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.current = new AtomicReference<>(Objects.requireNonNull(loader.get(), "initial trust store"));
    }

    /**
     * Loads from a configuration of files and folders, now and on every reload. The snapshots share
     * one {@link CertificateMemory}: a reload decodes only certificates it has not seen, keeps the
     * decoded keys of the others, and verifies no certificate signature twice (a DSC seen before the
     * reload costs one look-up instead of its parse and its CSCA's signature).
     */
    public static ReloadableTrustStore of(TrustStoreConfig config) {
        CertificateMemory memory = new CertificateMemory();
        return new ReloadableTrustStore(() -> config.load(memory));
    }

    @Override
    public TrustStore current() {
        return current.get();
    }

    /** Loads again and swaps; returns the new store. If loading throws, the old store stays and the exception propagates. */
    public TrustStore reload() {
        TrustStore next = Objects.requireNonNull(loader.get(), "trust store");
        current.set(next);
        return next;
    }

    /** Swaps in a store built elsewhere. */
    public void replace(TrustStore next) {
        current.set(Objects.requireNonNull(next, "trust store"));
    }
}
