package org.safepassage.mrtd.trust;

import java.security.GeneralSecurityException;
import java.security.PublicKey;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.cms.WireBytes;
import org.safepassage.mrtd.crypto.SignatureSpec;

/**
 * The signed frame that certificates and CRLs share ({@code SEQUENCE {tbs, signatureAlgorithm,
 * signatureValue}}): decoding it with Bouncy Castle, and verifying the signature over the
 * to-be-signed part exactly as issued, so that certificates and CRLs written with non-minimal or
 * indefinite lengths (seen in master lists) still verify.
 */
final class SignedStructure {

    /** Turns the Bouncy Castle structure into the fields a caller keeps. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ASN1Primitive decoded) throws Exception;
    }

    private final byte[] encoded;
    private final int tbsStart;
    private final int tbsLength;
    private final AlgorithmIdentifier algorithm;
    private final byte[] signature;

    private SignedStructure(byte[] encoded, int tbsStart, int tbsLength, AlgorithmIdentifier algorithm, byte[] signature) {
        this.encoded = encoded;
        this.tbsStart = tbsStart;
        this.tbsLength = tbsLength;
        this.algorithm = algorithm;
        this.signature = signature;
    }

    /**
     * Decodes {@code encoded} with {@code reader} (any failure becomes a GeneralSecurityException
     * "malformed {@code what}: ..."), with INTEGERs such as zero-padded or negative serial numbers
     * accepted. All of the structure is decoded here, so what the caller reads from it later
     * cannot fail on such INTEGERs.
     */
    static <T> T decode(byte[] encoded, String what, Reader<T> reader) throws GeneralSecurityException {
        if (encoded == null || encoded.length == 0) {
            throw new GeneralSecurityException("empty " + what);
        }
        try {
            return Asn1.decode(what, () -> {
                try {
                    return reader.read(Asn1.readAll(encoded));
                } catch (java.io.IOException | GeneralSecurityException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        } catch (MalformedException e) {
            throw new GeneralSecurityException("malformed " + e.getMessage(), e);
        }
    }

    /** The frame of {@code encoded}, whose algorithm and signature Bouncy Castle decoded. */
    static SignedStructure of(byte[] encoded, AlgorithmIdentifier algorithm, ASN1BitString signature)
            throws GeneralSecurityException {
        try {
            WireBytes.Span tbs = WireBytes.child(encoded, WireBytes.whole(encoded), 0);
            return new SignedStructure(encoded, tbs.start(), tbs.length(), algorithm, signature.getOctets());
        } catch (MalformedException | IllegalStateException e) {
            throw new GeneralSecurityException("malformed signed structure: " + e.getMessage(), e);
        }
    }

    /** Whether the signature verifies with {@code key}. Never throws. */
    boolean isSignedBy(PublicKey key) {
        try {
            return SignatureSpec.resolve(algorithm, null).verify(key, encoded, tbsStart, tbsLength, signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The signature algorithm, e.g. "SHA-256 with RSA PKCS#1 v1.5", or its OID if unsupported. */
    String algorithmName() {
        try {
            return SignatureSpec.resolve(algorithm, null).describe();
        } catch (GeneralSecurityException | RuntimeException e) {
            return algorithm.getAlgorithm().getId();
        }
    }
}
