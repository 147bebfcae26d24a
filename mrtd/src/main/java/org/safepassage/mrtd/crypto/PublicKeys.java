package org.safepassage.mrtd.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.spec.ECNamedCurveSpec;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;

/**
 * Decodes a SubjectPublicKeyInfo into a Bouncy Castle key object.
 *
 * <p>RSA keys are always decoded as plain RSA (modulus, exponent), whatever the key's algorithm
 * identifier says (rsaEncryption or RSASSA-PSS): real documents pair a PSS-labelled DSC key with a
 * PKCS#1 v1.5 SOD and the reverse. EC keys written with explicit domain parameters (Austria,
 * Germany) are decoded on the named curve those parameters are, when they are one: the key is the
 * same, and Bouncy Castle then uses its optimised arithmetic for the NIST curves (P-256: about 4x
 * faster than the same curve written out); parameters of no named curve are kept as they are.
 */
public final class PublicKeys {

    public static final String RSA = "1.2.840.113549.1.1.1";
    public static final String RSA_PSS = "1.2.840.113549.1.1.10";
    public static final String RSA_OAEP = "1.2.840.113549.1.1.7";
    public static final String EC = "1.2.840.10045.2.1";
    public static final String DSA = "1.2.840.10040.4.1";

    /** Explicit parameters seen, by their encoding, to the named curve they are (or empty). */
    private static final Map<String, Optional<ASN1ObjectIdentifier>> NAMED_BY_PARAMETERS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_PARAMETERS = 256;

    private PublicKeys() {
    }

    public static PublicKey decode(byte[] spki) throws GeneralSecurityException {
        try {
            return decode(Asn1.decode("public key", () -> SubjectPublicKeyInfo.getInstance(Asn1.read(spki))));
        } catch (MalformedException e) {
            throw new GeneralSecurityException("malformed public key: " + e.getMessage(), e);
        }
    }

    public static PublicKey decode(SubjectPublicKeyInfo info) throws GeneralSecurityException {
        try {
            String oid = info.getAlgorithm().getAlgorithm().getId();
            switch (oid) {
                case RSA, RSA_PSS, RSA_OAEP -> {
                    org.bouncycastle.asn1.pkcs.RSAPublicKey k = Asn1.decode("RSA public key",
                            () -> org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(info.parsePublicKey()));
                    return rsa(k.getModulus(), k.getPublicExponent());
                }
                case EC -> {
                    return KeyFactory.getInstance("EC", Crypto.BC).generatePublic(
                            new X509EncodedKeySpec(namedCurveForm(info).getEncoded(ASN1Encoding.DER)));
                }
                case DSA -> {
                    return KeyFactory.getInstance("DSA", Crypto.BC).generatePublic(
                            new X509EncodedKeySpec(info.getEncoded(ASN1Encoding.DER)));
                }
                default -> throw new GeneralSecurityException("unsupported public key algorithm " + oid);
            }
        } catch (MalformedException e) {
            throw new GeneralSecurityException("malformed public key: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new GeneralSecurityException("cannot decode public key: " + e.getMessage(), e);
        }
    }

    /** {@code info} with explicit EC parameters replaced by the OID of the named curve they are, if any. */
    private static SubjectPublicKeyInfo namedCurveForm(SubjectPublicKeyInfo info) throws IOException {
        X962Parameters params = X962Parameters.getInstance(info.getAlgorithm().getParameters());
        if (params.isNamedCurve() || params.isImplicitlyCA()) {
            return info;
        }
        String key = java.util.HexFormat.of().formatHex(params.getEncoded(ASN1Encoding.DER));
        Optional<ASN1ObjectIdentifier> named = NAMED_BY_PARAMETERS.get(key);
        if (named == null) {
            named = Optional.ofNullable(NamedCurves.find(X9ECParameters.getInstance(params.getParameters())));
            if (NAMED_BY_PARAMETERS.size() < MAX_REMEMBERED_PARAMETERS) {
                NAMED_BY_PARAMETERS.put(key, named);
            }
        }
        if (named.isEmpty()) {
            return info;
        }
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                new X962Parameters(named.get())), info.getPublicKeyData().getBytes());
    }

    public static PublicKey rsa(BigInteger n, BigInteger e) throws GeneralSecurityException {
        if (n.signum() <= 0 || e.signum() <= 0) {
            throw new GeneralSecurityException("RSA modulus and exponent must be positive");
        }
        try {
            return KeyFactory.getInstance("RSA", Crypto.BC).generatePublic(new RSAPublicKeySpec(n, e));
        } catch (RuntimeException x) { // Bouncy Castle validates the modulus (small prime factors, ...)
            throw new GeneralSecurityException("unusable RSA key: " + x.getMessage(), x);
        }
    }

    /** Re-decodes any JCA key (a JDK key from JMRTD, for instance) into the form {@link #decode} gives. */
    public static PublicKey normalise(PublicKey key) throws GeneralSecurityException {
        if (key instanceof RSAPublicKey r) {
            return rsa(r.getModulus(), r.getPublicExponent());
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new GeneralSecurityException("the " + key.getAlgorithm() + " key has no encoding");
        }
        return decode(encoded);
    }

    /** "RSA-2048", "EC-256 brainpoolP256r1"-like description without key material. */
    public static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey r) {
            return "RSA-" + r.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            String name = ec.getParams() instanceof ECNamedCurveSpec named ? named.getName() : null;
            return "EC-" + ec.getParams().getCurve().getField().getFieldSize()
                    + (name != null ? " " + name : " (explicit parameters of no named curve)");
        }
        return key.getAlgorithm();
    }

    /** The named curves Bouncy Castle knows, indexed by field size, to recognise explicit parameters. */
    private static final class NamedCurves {
        private static final Map<Integer, Map<ASN1ObjectIdentifier, X9ECParameters>> BY_FIELD_SIZE = index();

        static ASN1ObjectIdentifier find(X9ECParameters p) {
            Map<ASN1ObjectIdentifier, X9ECParameters> candidates = BY_FIELD_SIZE.get(p.getCurve().getFieldSize());
            if (candidates == null) {
                return null;
            }
            for (Map.Entry<ASN1ObjectIdentifier, X9ECParameters> e : candidates.entrySet()) {
                X9ECParameters n = e.getValue();
                if (n.getCurve().equals(p.getCurve()) && n.getN().equals(p.getN()) && Objects.equals(n.getH(), p.getH())
                        && Arrays.equals(n.getG().getEncoded(false), p.getG().getEncoded(false))) {
                    return e.getKey();
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        private static Map<Integer, Map<ASN1ObjectIdentifier, X9ECParameters>> index() {
            Map<Integer, Map<ASN1ObjectIdentifier, X9ECParameters>> m = new HashMap<>();
            Enumeration<String> names = ECNamedCurveTable.getNames();
            while (names.hasMoreElements()) {
                String name = names.nextElement();
                ASN1ObjectIdentifier oid = ECNamedCurveTable.getOID(name);
                X9ECParameters p = oid == null ? null : ECNamedCurveTable.getByOID(oid);
                if (p != null) {
                    m.computeIfAbsent(p.getCurve().getFieldSize(), k -> new HashMap<>()).putIfAbsent(oid, p);
                }
            }
            m.replaceAll((k, v) -> Collections.unmodifiableMap(v));
            return Collections.unmodifiableMap(m);
        }
    }
}
