package org.safepassage.mrtd.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;

/**
 * Decodes a SubjectPublicKeyInfo into a Bouncy Castle key object.
 *
 * <p>RSA keys are always decoded as plain RSA (modulus, exponent), whatever the key's algorithm
 * identifier says (rsaEncryption or RSASSA-PSS): real documents pair a PSS-labelled DSC key with a
 * PKCS#1 v1.5 SOD and the reverse. EC keys keep their domain parameters, named or explicit
 * (brainpool, explicit-parameter curves of some states).
 */
public final class PublicKeys {

    public static final String RSA = "1.2.840.113549.1.1.1";
    public static final String RSA_PSS = "1.2.840.113549.1.1.10";
    public static final String RSA_OAEP = "1.2.840.113549.1.1.7";
    public static final String EC = "1.2.840.10045.2.1";
    public static final String DSA = "1.2.840.10040.4.1";

    private PublicKeys() {
    }

    public static PublicKey decode(byte[] spki) throws GeneralSecurityException {
        try {
            Der seq = Der.parse(spki).expect(Der.SEQUENCE, "SubjectPublicKeyInfo");
            List<Der> parts = seq.children();
            if (parts.size() != 2) {
                throw new GeneralSecurityException("SubjectPublicKeyInfo must have 2 elements");
            }
            String oid = parts.get(0).expect(Der.SEQUENCE, "AlgorithmIdentifier").first().oid();
            Der bits = parts.get(1).expect(Der.BIT_STRING, "subjectPublicKey");
            switch (oid) {
                case RSA, RSA_PSS, RSA_OAEP -> {
                    byte[] v = bits.value();
                    if (v.length < 2) {
                        throw new GeneralSecurityException("empty RSA key");
                    }
                    byte[] inner = java.util.Arrays.copyOfRange(v, 1, v.length);
                    List<Der> ne = Der.parse(inner).expect(Der.SEQUENCE, "RSAPublicKey").children();
                    if (ne.size() < 2) {
                        throw new GeneralSecurityException("RSAPublicKey must have modulus and exponent");
                    }
                    BigInteger n = ne.get(0).integer();
                    BigInteger e = ne.get(1).integer();
                    return rsa(n, e);
                }
                case EC -> {
                    return KeyFactory.getInstance("EC", Crypto.BC).generatePublic(new X509EncodedKeySpec(spki));
                }
                case DSA -> {
                    return KeyFactory.getInstance("DSA", Crypto.BC).generatePublic(new X509EncodedKeySpec(spki));
                }
                default -> throw new GeneralSecurityException("unsupported public key algorithm " + oid);
            }
        } catch (DerException e) {
            throw new GeneralSecurityException("malformed public key: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new GeneralSecurityException("cannot decode public key: " + e.getMessage(), e);
        }
    }

    public static PublicKey rsa(BigInteger n, BigInteger e) throws GeneralSecurityException {
        if (n.signum() <= 0 || e.signum() <= 0) {
            throw new GeneralSecurityException("RSA modulus and exponent must be positive");
        }
        return KeyFactory.getInstance("RSA", Crypto.BC).generatePublic(new RSAPublicKeySpec(n, e));
    }

    /** Re-decodes any JCA key into the form {@link #decode} gives (plain RSA, BC EC key). */
    public static PublicKey normalise(PublicKey key) throws GeneralSecurityException {
        if (key instanceof RSAPublicKey r) {
            return rsa(r.getModulus(), r.getPublicExponent());
        }
        return decode(key.getEncoded());
    }

    /** "RSA-2048", "EC brainpoolP256r1"-like description without key material. */
    public static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey r) {
            return "RSA-" + r.getModulus().bitLength();
        }
        if (key instanceof java.security.interfaces.ECPublicKey ec) {
            String name = null;
            if (ec.getParams() instanceof org.bouncycastle.jce.spec.ECNamedCurveSpec named) {
                name = named.getName();
            }
            return "EC-" + ec.getParams().getCurve().getField().getFieldSize()
                    + (name != null ? " " + name : " (explicit parameters)");
        }
        return key.getAlgorithm();
    }
}
