package org.safepassage.mrtd.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Map;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The providers the verifier uses: Bouncy Castle for signatures and keys (brainpool, explicit EC
 * parameters, PSS; SunEC lacks brainpool and is much slower), the JDK's SUN provider for hashes
 * (it uses the CPU's SHA instructions). Both are passed as objects, never looked up by position,
 * so the order of the JVM's provider list does not matter.
 */
public final class Crypto {

    /** The Bouncy Castle provider, registered with the JVM once. */
    public static final Provider BC;
    /** The JDK's SUN provider (message digests). */
    public static final Provider SUN;

    static {
        Provider p = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (!(p instanceof BouncyCastleProvider)) {
            p = new BouncyCastleProvider();
            Security.addProvider(p);
        }
        BC = p;
        Provider sun = Security.getProvider("SUN");
        SUN = sun != null ? sun : p;
    }

    private static final Map<String, String> DIGEST_BY_OID = Map.of(
            "1.3.14.3.2.26", "SHA-1",
            "2.16.840.1.101.3.4.2.4", "SHA-224",
            "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384",
            "2.16.840.1.101.3.4.2.3", "SHA-512");

    private static final Map<String, String> OID_BY_DIGEST = Map.of(
            "SHA-1", "1.3.14.3.2.26",
            "SHA-224", "2.16.840.1.101.3.4.2.4",
            "SHA-256", "2.16.840.1.101.3.4.2.1",
            "SHA-384", "2.16.840.1.101.3.4.2.2",
            "SHA-512", "2.16.840.1.101.3.4.2.3");

    private Crypto() {
    }

    /** Makes sure the providers are initialised (call at start-up to keep the first request fast). */
    public static void init() {
        // static initialiser does the work
    }

    /** JCA digest name ("SHA-256") for a digest algorithm OID, or null if not one of SHA-1/224/256/384/512. */
    public static String digestName(String oid) {
        return oid == null ? null : DIGEST_BY_OID.get(oid);
    }

    public static String digestOid(String name) {
        return OID_BY_DIGEST.get(name);
    }

    /** A fresh MessageDigest from the SUN provider (falls back to BC for names SUN lacks). */
    public static MessageDigest digest(String name) throws NoSuchAlgorithmException {
        try {
            return MessageDigest.getInstance(name, SUN);
        } catch (NoSuchAlgorithmException e) {
            return MessageDigest.getInstance(name, BC);
        }
    }

    private static final ThreadLocal<java.util.HashMap<String, MessageDigest>> DIGESTS =
            ThreadLocal.withInitial(() -> new java.util.HashMap<>(8));

    /**
     * Hashes {@code data} in one call with a per-thread MessageDigest (SUN): no provider look-up
     * per document. The instance never leaves this method, so nested use is impossible.
     */
    public static byte[] hash(String name, byte[] data) throws GeneralSecurityException {
        java.util.HashMap<String, MessageDigest> m = DIGESTS.get();
        MessageDigest md = m.get(name);
        if (md == null) {
            md = digest(name);
            m.put(name, md);
        }
        md.reset();
        return md.digest(data);
    }

    /** Short digest name without the dash ("SHA256"), as used in JCA signature names. */
    public static String jcaHash(String digestName) {
        return digestName.replace("-", "");
    }
}
