package org.safepassage.mrtd.aa;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.safepassage.mrtd.crypto.SignatureSpec;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;

/**
 * Active Authentication (Doc 9303 part 11 section 6.1): the chip signs the reader's challenge
 * with the private key matching DG15. RSA keys use ISO/IEC 9796-2 digital signature scheme 1
 * (message recovery; SHA-1 with the implicit trailer 0xBC, or the hash named by an explicit
 * trailer), verified with Bouncy Castle's {@link ISO9796d2Signer}, which checks the header,
 * padding, trailer and the full hash over recovered message and challenge. EC keys use ECDSA with
 * the hash named in DG14's ActiveAuthenticationInfo, plain or X9.62 encoded.
 */
public final class ActiveAuthentication {

    private static final List<String> EC_FALLBACK_HASHES = List.of("SHA-256", "SHA-1", "SHA-384", "SHA-512", "SHA-224");

    private ActiveAuthentication() {
    }

    /**
     * @param key                     the DG15 public key
     * @param challenge               the reader's challenge (8 bytes per Doc 9303)
     * @param response                the chip's response
     * @param signatureAlgorithmOid   DG14 ActiveAuthenticationInfo signature algorithm (ECDSA), or null
     */
    public static Check verify(PublicKey key, byte[] challenge, byte[] response, String signatureAlgorithmOid) {
        String note = challenge.length == 8 ? "" : " (challenge is " + challenge.length + " bytes, Doc 9303 uses 8)";
        try {
            if (key instanceof RSAPublicKey rsa) {
                return rsa(rsa, challenge, response, note);
            }
            if (key instanceof ECPublicKey) {
                return ec(key, challenge, response, signatureAlgorithmOid, note);
            }
            return Check.fail(CheckIds.AA_SIGNATURE, "unsupported DG15 key algorithm " + key.getAlgorithm());
        } catch (GeneralSecurityException | RuntimeException e) {
            return Check.fail(CheckIds.AA_SIGNATURE, "response is not a valid signature: " + e.getMessage());
        }
    }

    private static Check rsa(RSAPublicKey key, byte[] challenge, byte[] response, String note) {
        RSAKeyParameters params = new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent());
        RSAEngine raw = new RSAEngine();
        raw.init(false, params);
        byte[] block;
        try {
            block = raw.processBlock(response, 0, response.length);
        } catch (RuntimeException e) {
            return Check.fail(CheckIds.AA_SIGNATURE, "response does not fit the RSA key: " + e.getMessage());
        }
        if (block.length < 2) {
            return Check.fail(CheckIds.AA_SIGNATURE, "response does not recover an ISO/IEC 9796-2 message");
        }
        int last = block[block.length - 1] & 0xFF;
        Digest digest;
        String name;
        if (last == 0xBC) {
            digest = new SHA1Digest();
            name = "SHA-1";
        } else if (last == 0xCC) {
            switch (block[block.length - 2] & 0xFF) {
                case 0x33 -> { digest = new SHA1Digest(); name = "SHA-1"; }
                case 0x34 -> { digest = new SHA256Digest(); name = "SHA-256"; }
                case 0x35 -> { digest = new SHA512Digest(); name = "SHA-512"; }
                case 0x36 -> { digest = new SHA384Digest(); name = "SHA-384"; }
                case 0x38 -> { digest = new SHA224Digest(); name = "SHA-224"; }
                default -> {
                    return Check.fail(CheckIds.AA_SIGNATURE, "ISO/IEC 9796-2 trailer names an unsupported hash");
                }
            }
        } else {
            return Check.fail(CheckIds.AA_SIGNATURE, "recovered message has no ISO/IEC 9796-2 trailer: wrong key or not a chip response");
        }
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), digest, last == 0xBC);
        signer.init(false, params);
        try {
            signer.updateWithRecoveredMessage(response);
        } catch (InvalidCipherTextException | RuntimeException e) {
            return Check.fail(CheckIds.AA_SIGNATURE, "ISO/IEC 9796-2 message recovery failed: " + e.getMessage());
        }
        signer.update(challenge, 0, challenge.length);
        if (signer.verifySignature(response)) {
            return Check.pass(CheckIds.AA_SIGNATURE, "chip signed the challenge: RSA-" + key.getModulus().bitLength()
                    + " ISO/IEC 9796-2 scheme 1 with " + name + note);
        }
        return Check.fail(CheckIds.AA_SIGNATURE, "ISO/IEC 9796-2 signature over the challenge does not verify with the DG15 key "
                + "(possible clone)");
    }

    private static Check ec(PublicKey key, byte[] challenge, byte[] response, String oid, String note)
            throws GeneralSecurityException {
        if (oid != null) {
            SignatureSpec spec = SignatureSpec.resolve(oid, null);
            if (spec.verify(key, challenge, 0, challenge.length, response)) {
                return Check.pass(CheckIds.AA_SIGNATURE, "chip signed the challenge: " + spec.describe() + note);
            }
            return Check.fail(CheckIds.AA_SIGNATURE, spec.describe() + " signature over the challenge does not verify "
                    + "with the DG15 key (possible clone)");
        }
        for (String h : EC_FALLBACK_HASHES) {
            SignatureSpec spec = new SignatureSpec(SignatureSpec.Scheme.ECDSA, h, null, null);
            if (spec.verify(key, challenge, 0, challenge.length, response)) {
                return Check.pass(CheckIds.AA_SIGNATURE, "chip signed the challenge: " + spec.describe()
                        + " (hash not named in DG14)" + note);
            }
        }
        return Check.fail(CheckIds.AA_SIGNATURE, "ECDSA signature over the challenge does not verify with the DG15 key "
                + "with any SHA-2/SHA-1 hash (possible clone)");
    }
}
