package org.safepassage.mrtd.cms;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.SignatureSpec;

/**
 * Verifies one CMS signer: the content-type and message-digest signed attributes, then the
 * signature over the signed attributes with a direct {@link java.security.Signature} call.
 */
public final class SignerVerifier {

    /** Outcome of verifying a signer. */
    public record Result(boolean valid, String detail, SignatureSpec spec, List<String> deviations) {
    }

    private SignerVerifier() {
    }

    public static Result verify(SignedData sd, SignerInfo si, PublicKey key) {
        List<String> deviations = new ArrayList<>(1);
        byte[] signed;
        String digestName = Crypto.digestName(si.digestAlgorithm());
        if (digestName == null) {
            return new Result(false, "unsupported signer digest algorithm " + si.digestAlgorithm(), null, deviations);
        }
        if (si.signedAttributes() != null) {
            List<byte[]> ct = si.attributes().get(SignedData.ATTR_CONTENT_TYPE);
            if (ct == null || ct.size() != 1) {
                return new Result(false, "signed attributes lack a single content-type attribute", null, deviations);
            }
            String ctOid;
            try {
                ctOid = Der.parse(ct.get(0)).oid();
            } catch (DerException e) {
                return new Result(false, "content-type attribute is malformed", null, deviations);
            }
            if (!ctOid.equals(sd.contentType())) {
                return new Result(false, "content-type attribute " + ctOid + " does not match the content type "
                        + sd.contentType(), null, deviations);
            }
            List<byte[]> md = si.attributes().get(SignedData.ATTR_MESSAGE_DIGEST);
            if (md == null || md.size() != 1) {
                return new Result(false, "signed attributes lack a single message-digest attribute", null, deviations);
            }
            byte[] expected;
            try {
                Der mdv = Der.parse(md.get(0)).expect(Der.OCTET_STRING, "message-digest");
                expected = mdv.value();
            } catch (DerException e) {
                return new Result(false, "message-digest attribute is malformed", null, deviations);
            }
            byte[] actual;
            try {
                actual = Crypto.hash(digestName, sd.content());
            } catch (GeneralSecurityException e) {
                return new Result(false, "cannot compute " + digestName, null, deviations);
            }
            if (!MessageDigest.isEqual(expected, actual)) {
                return new Result(false, "message-digest attribute does not match the " + digestName
                        + " of the signed content", null, deviations);
            }
            signed = si.signedAttributes();
        } else {
            signed = sd.content();
        }

        SignatureSpec spec;
        try {
            Der params = si.signatureParameters() == null ? null : Der.parse(si.signatureParameters());
            spec = SignatureSpec.resolve(si.signatureAlgorithm(), params, si.digestAlgorithm());
        } catch (GeneralSecurityException | DerException e) {
            return new Result(false, e.getMessage(), null, deviations);
        }
        try {
            if (spec.isRsa() != (key instanceof RSAPublicKey)) {
                return new Result(false, spec.describe() + " does not fit the signer's " + key.getAlgorithm()
                        + " key", spec, deviations);
            }
            if (spec.verify(key, signed, 0, signed.length, si.signature())) {
                return new Result(true, spec.describe(), spec, deviations);
            }
            if (key instanceof RSAPublicKey) {
                SignatureSpec other = otherRsaScheme(spec, key, signed, si.signature());
                if (other != null) {
                    deviations.add("signature is " + other.describe() + " although the SOD declares " + spec.describe());
                    return new Result(true, other.describe(), other, deviations);
                }
            }
            return new Result(false, spec.describe() + " signature does not verify with the signer's key", spec, deviations);
        } catch (GeneralSecurityException | RuntimeException e) {
            return new Result(false, spec.describe() + ": " + e.getMessage(), spec, deviations);
        }
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
