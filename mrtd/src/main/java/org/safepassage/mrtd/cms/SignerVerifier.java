package org.safepassage.mrtd.cms;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.SignatureSpec;

/**
 * Verifies one CMS signer: the content-type and message-digest signed attributes, then the
 * signature over the signed attributes with a direct {@link java.security.Signature} call (Bouncy
 * Castle), over the bytes as the signer wrote them and, failing that, over their DER form.
 */
public final class SignerVerifier {

    /** Outcome of verifying a signer. */
    public record Result(boolean valid, String detail, SignatureSpec spec, List<String> deviations) {
    }

    private SignerVerifier() {
    }

    public static Result verify(CmsSignedData sd, CmsSigner si, PublicKey key) {
        List<String> deviations = new ArrayList<>(1);
        String digestName = Crypto.digestName(si.digestAlgorithm());
        if (digestName == null) {
            return new Result(false, "unsupported signer digest algorithm " + si.digestAlgorithm(), null, deviations);
        }
        byte[] written;
        if (si.hasSignedAttributes()) {
            String problem = checkAttributes(sd, si, digestName);
            if (problem != null) {
                return new Result(false, problem, null, deviations);
            }
            written = si.signedAttributesAsWritten();
        } else {
            written = sd.content();
        }

        SignatureSpec spec;
        try {
            spec = SignatureSpec.resolve(si.signatureAlgorithm(), si.digestAlgorithm());
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Result(false, e.getMessage(), null, deviations);
        }
        byte[] signature = si.signature();
        try {
            if (spec.isRsa() != (key instanceof RSAPublicKey)) {
                return new Result(false, spec.describe() + " does not fit the signer's " + key.getAlgorithm()
                        + " key", spec, deviations);
            }
            if (written != null && spec.verify(key, written, 0, written.length, signature)) {
                return new Result(true, spec.describe(), spec, deviations);
            }
            byte[] der = si.hasSignedAttributes() ? si.signedAttributesDer() : null;
            if (der != null && written != null && java.util.Arrays.equals(der, written)) {
                der = null; // the same bytes: already tried
            }
            if (der != null && spec.verify(key, der, 0, der.length, signature)) {
                if (written != null) {
                    deviations.add("the signed attributes are not DER-encoded in the SOD; the signature is over"
                            + " their DER form");
                }
                return new Result(true, spec.describe(), spec, deviations);
            }
            if (key instanceof RSAPublicKey) {
                for (byte[] signed : new byte[][] {written, der}) {
                    SignatureSpec other = signed == null ? null : otherRsaScheme(spec, key, signed, signature);
                    if (other != null) {
                        deviations.add("signature is " + other.describe() + " although the SOD declares " + spec.describe());
                        return new Result(true, other.describe(), other, deviations);
                    }
                }
            }
            return new Result(false, spec.describe() + " signature does not verify with the signer's key", spec, deviations);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Result(false, spec.describe() + ": " + e.getMessage(), spec, deviations);
        }
    }

    /** The content-type and message-digest attributes; null if both are right, else what is wrong. */
    private static String checkAttributes(CmsSignedData sd, CmsSigner si, String digestName) {
        ASN1Set ct = si.attribute(CmsSignedData.ATTR_CONTENT_TYPE);
        if (ct == null || ct.size() != 1) {
            return "signed attributes lack a single content-type attribute";
        }
        String ctOid;
        try {
            ctOid = ASN1ObjectIdentifier.getInstance(ct.getObjectAt(0)).getId();
        } catch (RuntimeException e) {
            return "content-type attribute is malformed";
        }
        if (!ctOid.equals(sd.contentType())) {
            return "content-type attribute " + ctOid + " does not match the content type " + sd.contentType();
        }
        ASN1Set md = si.attribute(CmsSignedData.ATTR_MESSAGE_DIGEST);
        if (md == null || md.size() != 1) {
            return "signed attributes lack a single message-digest attribute";
        }
        byte[] expected;
        try {
            expected = ASN1OctetString.getInstance(md.getObjectAt(0)).getOctets();
        } catch (RuntimeException e) {
            return "message-digest attribute is malformed";
        }
        byte[] actual;
        try {
            actual = Crypto.hash(digestName, sd.content());
        } catch (GeneralSecurityException e) {
            return "cannot compute " + digestName;
        }
        if (!MessageDigest.isEqual(expected, actual)) {
            return "message-digest attribute does not match the " + digestName + " of the signed content";
        }
        return null;
    }

    /**
     * Some issuers declare PKCS#1 v1.5 and sign with PSS, or the reverse. Only tried after the
     * declared scheme failed; either padding still needs the DSC's private key.
     */
    private static SignatureSpec otherRsaScheme(SignatureSpec declared, PublicKey key, byte[] data, byte[] sig)
            throws GeneralSecurityException {
        if (declared.scheme() == SignatureSpec.Scheme.RSA_PSS) {
            SignatureSpec p = SignatureSpec.pkcs1For(declared.digest());
            return p.verify(key, data, 0, data.length, sig) ? p : null;
        }
        int hLen = Crypto.digest(declared.digest()).getDigestLength();
        for (int salt : new int[] {hLen, 20, 32, 48, 64, 0}) {
            SignatureSpec p = SignatureSpec.pssFor(declared.digest(), salt);
            if (p.verify(key, data, 0, data.length, sig)) {
                return p;
            }
        }
        return null;
    }
}
