package org.safepassage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.safepassage.audit.AccessLog;
import org.safepassage.mrtd.trust.CertificateMemory;
import org.safepassage.mrtd.trust.CrlInfo;
import org.safepassage.mrtd.trust.ReloadableTrustStore;
import org.safepassage.mrtd.trust.TrustStore;
import org.safepassage.mrtd.trust.TrustStoreSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The trust anchors documents are verified against: CSCA certificates (link certificates included), ICAO or national
 * master lists and CRLs from the configured folders, through the {@code mrtd} trust store. The folders are checked
 * for changes every {@code safepassage.trust.reload-check-period} and loaded again when a file was added, changed or
 * removed, without a restart; each load is logged and audited with its counts. With
 * {@code safepassage.trust.include-demo-anchors} the demo's specimen CSCAs built into the jar are added (test keys:
 * never in production). Health ({@code trustStore}) shows what is loaded and warns of CRLs past their next update.
 */
@Component("trustStore")
class TrustAnchors implements TrustStoreSource, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(TrustAnchors.class);

    /** The demo's specimen CSCAs, built into the jar from this repository's config/trust/demo/. */
    static final String DEMO_ANCHORS = "trust/demo/DEMO-TEST-KEYS-specimen-cscas.pem";

    private final TrustProperties settings;
    private final AccessLog audit;
    private final Clock clock;
    private final CertificateMemory memory = new CertificateMemory();
    private final ReloadableTrustStore store;
    private volatile String fingerprint;

    TrustAnchors(TrustProperties settings, AccessLog audit, Clock clock) {
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.fingerprint = fingerprint();
        this.store = new ReloadableTrustStore(this::load);
        loaded("TRUST_STORE_LOADED", store.current());
    }

    @Override
    public TrustStore current() {
        return store.current();
    }

    /** Loads the folders again if a file in them changed since the last load. */
    void reloadIfChanged() {
        String now = fingerprint();
        if (now.equals(fingerprint)) {
            return;
        }
        try {
            TrustStore next = store.reload();
            fingerprint = now;
            loaded("TRUST_STORE_RELOADED", next);
        } catch (RuntimeException e) {
            log.warn("trust store not reloaded, the previous one stays in use: {}", e.toString());
        }
    }

    private TrustStore load() {
        TrustStore.Builder b = TrustStore.builder().memory(memory);
        settings.cscas().forEach(p -> existing(p, b::addCertificates));
        settings.masterListSigners().forEach(p -> existing(p, b::addMasterListSigners));
        settings.masterLists().forEach(p -> existing(p, b::addMasterLists));
        settings.crls().forEach(p -> existing(p, b::addCrls));
        if (settings.includeDemoAnchors()) {
            try (InputStream in = new ClassPathResource(DEMO_ANCHORS).getInputStream()) {
                b.addCertificate(in.readAllBytes(), "demo specimen CSCAs (built in)");
            } catch (IOException e) {
                throw new IllegalStateException("the demo's specimen CSCAs are missing from the jar: " + DEMO_ANCHORS, e);
            }
        }
        return b.build();
    }

    private static void existing(Path path, java.util.function.Consumer<Path> add) {
        if (Files.exists(path)) {
            add.accept(path);
        }
    }

    private void loaded(String action, TrustStore s) {
        String counts = "cscas=" + s.cscas().size() + ", dscs=" + s.dscCount() + ", crls=" + s.crlCount()
                + ", problems=" + s.problems().size();
        log.info("trust store {}: {} CSCA certificates, {} document signer certificates, {} CRLs{}",
                action.endsWith("RELOADED") ? "reloaded" : "loaded", s.cscas().size(), s.dscCount(), s.crlCount(),
                s.problems().isEmpty() ? "" : "; " + s.problems().size() + " files or entries skipped (see health)");
        if (s.cscas().isEmpty()) {
            log.info("no CSCA certificates in {}: every document read is INDETERMINATE until some are added", settings.cscas());
        }
        audit.record("system", action, "trust-store", counts);
    }

    /** Names, sizes and modification times of every file in the configured folders. */
    private String fingerprint() {
        List<Path> roots = new ArrayList<>();
        roots.addAll(settings.cscas());
        roots.addAll(settings.masterLists());
        roots.addAll(settings.masterListSigners());
        roots.addAll(settings.crls());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path root : roots) {
                sha.update(root.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (!Files.exists(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        sha.update((f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis() + "\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "unreadable:" + e.getMessage();
        }
    }

    @Override
    public Health health() {
        TrustStore s = store.current();
        Instant now = clock.instant();
        Instant oldestNextUpdate = null;
        int overdue = 0;
        for (CrlInfo crl : s.crls()) {
            Instant next = crl.nextUpdate();
            if (next != null) {
                if (oldestNextUpdate == null || next.isBefore(oldestNextUpdate)) {
                    oldestNextUpdate = next;
                }
                if (next.isBefore(now)) {
                    overdue++;
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        if (s.cscas().isEmpty()) {
            warnings.add("no CSCA certificates loaded: every document read is INDETERMINATE");
        }
        if (overdue > 0) {
            warnings.add(overdue + " CRLs are past their next update: fetch new ones");
        }
        Health.Builder h = Health.up()
                .withDetail("cscas", s.cscas().size())
                .withDetail("documentSigners", s.dscCount())
                .withDetail("crls", s.crlCount())
                .withDetail("loadedAt", s.loadedAt().toString())
                .withDetail("oldestCrlNextUpdate", oldestNextUpdate == null ? "none" : oldestNextUpdate.toString())
                .withDetail("problems", s.problems());
        if (!warnings.isEmpty()) {
            h.withDetail("warnings", warnings);
        }
        return h.build();
    }
}
