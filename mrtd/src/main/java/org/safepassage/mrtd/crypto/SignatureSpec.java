package org.safepassage.mrtd.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Null;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A signature scheme resolved from an AlgorithmIdentifier (plus, for CMS, the signer's digest
 * algorithm): RSA PKCS#1 v1.5, RSASSA-PSS with the parameters read from the structure, ECDSA with
 * X9.62 (DER) or plain (BSI TR-03111) signature encoding.
 */
public record SignatureSpec(Scheme scheme, String digest, PSSParameterSpec pss, String oid) {

    public enum Scheme { RSA_PKCS1, RSA_PSS, ECDSA, ECDSA_PLAIN, DSA }

    public static final String PSS_OID = "1.2.840.113549.1.1.10";

    private static final Map<String, SignatureSpec> FIXED = Map.ofEntries(
            Map.entry("1.2.840.113549.1.1.5", rsa("SHA-1")),
            Map.entry("1.2.840.113549.1.1.14", rsa("SHA-224")),
            Map.entry("1.2.840.113549.1.1.11", rsa("SHA-256")),
            Map.entry("1.2.840.113549.1.1.12", rsa("SHA-384")),
            Map.entry("1.2.840.113549.1.1.13", rsa("SHA-512")),
            Map.entry("1.2.840.10045.4.1", new SignatureSpec(Scheme.ECDSA, "SHA-1", null, "1.2.840.10045.4.1")),
            Map.entry("1.2.840.10045.4.3.1", new SignatureSpec(Scheme.ECDSA, "SHA-224", null, "1.2.840.10045.4.3.1")),
            Map.entry("1.2.840.10045.4.3.2", new SignatureSpec(Scheme.ECDSA, "SHA-256", null, "1.2.840.10045.4.3.2")),
            Map.entry("1.2.840.10045.4.3.3", new SignatureSpec(Scheme.ECDSA, "SHA-384", null, "1.2.840.10045.4.3.3")),
            Map.entry("1.2.840.10045.4.3.4", new SignatureSpec(Scheme.ECDSA, "SHA-512", null, "1.2.840.10045.4.3.4")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.1", new SignatureSpec(Scheme.ECDSA_PLAIN, "SHA-1", null, "0.4.0.127.0.7.1.1.4.1.1")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.2", new SignatureSpec(Scheme.ECDSA_PLAIN, "SHA-224", null, "0.4.0.127.0.7.1.1.4.1.2")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.3", new SignatureSpec(Scheme.ECDSA_PLAIN, "SHA-256", null, "0.4.0.127.0.7.1.1.4.1.3")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.4", new SignatureSpec(Scheme.ECDSA_PLAIN, "SHA-384", null, "0.4.0.127.0.7.1.1.4.1.4")),
            Map.entry("0.4.0.127.0.7.1.1.4.1.5", new SignatureSpec(Scheme.ECDSA_PLAIN, "SHA-512", null, "0.4.0.127.0.7.1.1.4.1.5")),
            Map.entry("2.16.840.1.101.3.4.3.1", new SignatureSpec(Scheme.DSA, "SHA-224", null, "2.16.840.1.101.3.4.3.1")),
            Map.entry("2.16.840.1.101.3.4.3.2", new SignatureSpec(Scheme.DSA, "SHA-256", null, "2.16.840.1.101.3.4.3.2")),
            Map.entry("1.2.840.10040.4.3", new SignatureSpec(Scheme.DSA, "SHA-1", null, "1.2.840.10040.4.3")));

    private static SignatureSpec rsa(String digest) {
        return new SignatureSpec(Scheme.RSA_PKCS1, digest, null, null);
    }

    /** Resolves a signature algorithm given by its OID alone (no parameters). */
    public static SignatureSpec resolve(String oid, String digestOid) throws GeneralSecurityException {
        return resolve(new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid)), digestOid);
    }

    /**
     * Resolves a signature algorithm.
     *
     * @param algorithm    the signature AlgorithmIdentifier (with its parameters, as Bouncy Castle decoded them)
     * @param digestOid    the signer's digest algorithm (CMS), used when the OID names only the key
     *                     type (rsaEncryption, id-ecPublicKey); may be null for certificates
     */
    public static SignatureSpec resolve(AlgorithmIdentifier algorithm, String digestOid) throws GeneralSecurityException {
        String oid = algorithm.getAlgorithm().getId();
        SignatureSpec fixed = FIXED.get(oid);
        if (fixed != null) {
            return fixed;
        }
        String hint = Crypto.digestName(digestOid);
        switch (oid) {
            case PublicKeys.RSA:
                requireHint(hint, oid);
                return new SignatureSpec(Scheme.RSA_PKCS1, hint, null, oid);
            case PublicKeys.EC:
                requireHint(hint, oid);
                return new SignatureSpec(Scheme.ECDSA, hint, null, oid);
            case PSS_OID:
                return pss(algorithm.getParameters());
            default:
                throw new GeneralSecurityException("unsupported signature algorithm " + oid);
        }
    }

    private static void requireHint(String hint, String oid) throws GeneralSecurityException {
        if (hint == null) {
            throw new GeneralSecurityException("signature algorithm " + oid + " needs a supported digest algorithm");
        }
    }

    /** RSASSA-PSS-params (Bouncy Castle's decoding), with the defaults of RFC 4055 (SHA-1, MGF1-SHA-1, salt 20, trailer 1). */
    static SignatureSpec pss(ASN1Encodable parameters) throws GeneralSecurityException {
        String hash;
        String mgfHash;
        int salt;
        int trailer;
        try {
            RSASSAPSSparams p = parameters == null || parameters instanceof ASN1Null
                    ? RSASSAPSSparams.getInstance(new DERSequence()) : RSASSAPSSparams.getInstance(parameters);
            hash = digestOf(p.getHashAlgorithm().getAlgorithm().getId());
            AlgorithmIdentifier mgf = p.getMaskGenAlgorithm();
            if (!PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())) {
                throw new GeneralSecurityException("unsupported mask generation function " + mgf.getAlgorithm());
            }
            mgfHash = digestOf(AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm().getId());
            salt = p.getSaltLength().intValueExact();
            trailer = p.getTrailerField().intValueExact();
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("malformed RSASSA-PSS parameters: " + e.getMessage(), e);
        }
        if (salt < 0 || salt > 1024 || trailer != 1) {
            throw new GeneralSecurityException("unsupported RSASSA-PSS parameters (salt " + salt + ", trailer " + trailer + ")");
        }
        return new SignatureSpec(Scheme.RSA_PSS, hash,
                new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(mgfHash), salt, trailer), PSS_OID);
    }

    private static String digestOf(String oid) throws GeneralSecurityException {
        String n = Crypto.digestName(oid);
        if (n == null) {
            throw new GeneralSecurityException("unsupported digest algorithm " + oid);
        }
        return n;
    }

    /** PSS with the conventional parameters for a digest (MGF1 with the same digest, salt = digest length). */
    public static SignatureSpec pssFor(String digest, int salt) {
        return new SignatureSpec(Scheme.RSA_PSS, digest,
                new PSSParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest), salt, 1), PSS_OID);
    }

    public static SignatureSpec pkcs1For(String digest) {
        return new SignatureSpec(Scheme.RSA_PKCS1, digest, null, null);
    }

    /** Human-readable name, e.g. "RSASSA-PSS(SHA-256, MGF1-SHA-256, salt 32)". */
    public String describe() {
        return switch (scheme) {
            case RSA_PKCS1 -> digest + " with RSA PKCS#1 v1.5";
            case RSA_PSS -> "RSASSA-PSS(" + digest + ", MGF1-"
                    + ((MGF1ParameterSpec) pss.getMGFParameters()).getDigestAlgorithm()
                    + ", salt " + pss.getSaltLength() + ")";
            case ECDSA -> "ECDSA with " + digest;
            case ECDSA_PLAIN -> "ECDSA (plain) with " + digest;
            case DSA -> "DSA with " + digest;
        };
    }

    public boolean isRsa() {
        return scheme == Scheme.RSA_PKCS1 || scheme == Scheme.RSA_PSS;
    }

    public boolean isEc() {
        return scheme == Scheme.ECDSA || scheme == Scheme.ECDSA_PLAIN;
    }

    /** JCA names by digest, built once (no string building per document). */
    private static final Map<String, String> RSA_NAMES = jcaNames("withRSA");
    private static final Map<String, String> ECDSA_NAMES = jcaNames("withECDSA");

    private static Map<String, String> jcaNames(String suffix) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        for (String d : new String[] {"SHA-1", "SHA-224", "SHA-256", "SHA-384", "SHA-512"}) {
            m.put(d, Crypto.jcaHash(d) + suffix);
        }
        return Map.copyOf(m);
    }

    private static final ThreadLocal<java.util.HashMap<String, Signature>> SIGNATURES =
            ThreadLocal.withInitial(() -> new java.util.HashMap<>(8));

    /**
     * A per-thread Bouncy Castle Signature for a parameterless scheme: initVerify resets it, so
     * reuse is safe and saves the provider look-up per document. Not used for PSS (parameters).
     */
    private static Signature cached(String name) throws GeneralSecurityException {
        java.util.HashMap<String, Signature> m = SIGNATURES.get();
        Signature s = m.get(name);
        if (s == null) {
            s = Signature.getInstance(name, Crypto.BC);
            m.put(name, s);
        }
        return s;
    }

    /**
     * Verifies {@code sig} over {@code data[off, off+len)} with Bouncy Castle. ECDSA signatures are
     * accepted in X9.62 (DER) or plain r||s encoding, whichever the bytes are.
     */
    public boolean verify(PublicKey key, byte[] data, int off, int len, byte[] sig) throws GeneralSecurityException {
        Signature s;
        byte[] toCheck = sig;
        switch (scheme) {
            case RSA_PKCS1 -> s = cached(RSA_NAMES.get(digest));
            case RSA_PSS -> {
                s = Signature.getInstance(Crypto.jcaHash(digest) + "withRSAandMGF1", Crypto.BC);
                try {
                    s.setParameter(pss);
                } catch (InvalidAlgorithmParameterException e) {
                    // BC insists on one digest for content and MGF1; the JDK does not
                    s = Signature.getInstance("RSASSA-PSS");
                    s.setParameter(pss);
                }
            }
            case ECDSA, ECDSA_PLAIN -> {
                s = cached(ECDSA_NAMES.get(digest));
                if (!EcdsaEncoding.isDer(sig)) {
                    toCheck = EcdsaEncoding.plainToDer(sig);
                    if (toCheck == null) {
                        return false;
                    }
                }
            }
            case DSA -> s = Signature.getInstance(Crypto.jcaHash(digest) + "withDSA", Crypto.BC);
            default -> throw new GeneralSecurityException("unsupported scheme");
        }
        s.initVerify(key);
        s.update(data, off, len);
        try {
            return s.verify(toCheck);
        } catch (java.security.SignatureException e) {
            return false; // malformed signature value: not a valid signature
        }
    }
}
