package org.safepassage.mrtd.trust;

import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What trust stores learn that stays true from one load to the next: each certificate decoded once
 * (with its public key object, so that Bouncy Castle's precomputation for the key is reused by
 * every document, also after a reload) and which key verified which certificate's signature. The
 * snapshots a {@link ReloadableTrustStore} loads share one; a {@link TrustStore} built on its own
 * has its own. Bounded: past its limit it starts afresh. Thread-safe.
 */
public final class CertificateMemory {

    private static final int MAX_CERTIFICATES = 20_000;
    private static final int MAX_SIGNATURES = 50_000;

    private final ConcurrentHashMap<ByteKey, Cert> certificates = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Signature, Boolean> signatures = new ConcurrentHashMap<>();

    /** A signature check: the signed certificate's SHA-256 and the verifying key's. */
    private record Signature(String certificate, String key) {
    }

    /** The certificate with these exact bytes, decoded once. Throws if they are not a certificate. */
    public Cert certificate(byte[] encoded) throws GeneralSecurityException {
        if (encoded == null || encoded.length == 0) {
            throw new GeneralSecurityException("empty certificate");
        }
        Cert known = certificates.get(new ByteKey(encoded));
        if (known != null) {
            return known;
        }
        Cert parsed = Cert.parse(encoded);
        return remember(parsed);
    }

    /** {@code cert}, or the equal certificate already remembered (whose key has been used). */
    public Cert remember(Cert cert) {
        if (certificates.size() >= MAX_CERTIFICATES) {
            certificates.clear();
        }
        Cert previous = certificates.putIfAbsent(new ByteKey(cert.encodedView()), cert);
        return previous != null ? previous : cert;
    }

    /** Whether {@code issuer}'s key verifies {@code subject}'s signature, checked once. Never throws. */
    public boolean signed(Cert issuer, Cert subject) {
        Signature key = new Signature(subject.fingerprint(), issuer.keyFingerprint());
        Boolean known = signatures.get(key);
        if (known != null) {
            return known;
        }
        boolean valid = subject.isSignedBy(issuer.publicKey());
        if (signatures.size() >= MAX_SIGNATURES) {
            signatures.clear();
        }
        signatures.putIfAbsent(key, valid);
        return valid;
    }

    /** Certificates remembered. */
    public int size() {
        return certificates.size();
    }
}
