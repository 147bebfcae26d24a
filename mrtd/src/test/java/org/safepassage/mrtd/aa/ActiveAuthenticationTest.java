package org.safepassage.mrtd.aa;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestKeys;

/** Active Authentication responses: ISO/IEC 9796-2 scheme 1 (implicit and explicit trailer) and ECDSA. */
class ActiveAuthenticationTest {

    private static final byte[] CHALLENGE = {1, 2, 3, 4, 5, 6, 7, 8};

    @Test
    void rsaWithExplicitSha256Trailer() throws Exception {
        KeyPair kp = TestKeys.get(KeyType.RSA_2048, 400);
        RSAKeyParameters priv = (RSAKeyParameters) PrivateKeyFactory.createKey(kp.getPrivate().getEncoded());
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), new SHA256Digest(), false);
        signer.init(true, priv);
        byte[] m1 = new byte[256 - 32 - 3];
        new SecureRandom().nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(CHALLENGE, 0, CHALLENGE.length);
        byte[] response = signer.generateSignature();

        Check ok = ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, response, null);
        assertThat(ok.status()).as(ok.detail()).isEqualTo(CheckStatus.PASS);
        assertThat(ok.detail()).contains("SHA-256");

        byte[] otherChallenge = CHALLENGE.clone();
        otherChallenge[0] ^= 1;
        assertThat(ActiveAuthentication.verify(kp.getPublic(), otherChallenge, response, null).status())
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void rsaResponseThatIsNotAnIso9796SignatureFails() {
        KeyPair kp = TestKeys.get(KeyType.RSA_1024, 400);
        byte[] junk = new byte[128];
        new SecureRandom().nextBytes(junk);
        junk[0] &= 0x3F;
        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, junk, null).status()).isEqualTo(CheckStatus.FAIL);
        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, new byte[300], null).status())
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void ecdsaPlainOrDerWithTheHashFromDg14OrFound() throws Exception {
        KeyPair kp = TestKeys.get(KeyType.BRAINPOOL_P320, 400);
        Signature der = Signature.getInstance("SHA384withECDSA", Crypto.BC);
        der.initSign(kp.getPrivate());
        der.update(CHALLENGE);
        byte[] derSig = der.sign();

        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, derSig, "1.2.840.10045.4.3.3").status())
                .isEqualTo(CheckStatus.PASS);
        Check guessed = ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, derSig, null);
        assertThat(guessed.status()).isEqualTo(CheckStatus.PASS);
        assertThat(guessed.detail()).contains("not named in DG14");
        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, derSig, "1.2.840.10045.4.3.2").status())
                .isEqualTo(CheckStatus.FAIL);

        Signature plain = Signature.getInstance("SHA256withPLAIN-ECDSA", Crypto.BC);
        plain.initSign(kp.getPrivate());
        plain.update(CHALLENGE);
        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, plain.sign(), "0.4.0.127.0.7.1.1.4.1.3").status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(ActiveAuthentication.verify(kp.getPublic(), CHALLENGE, new byte[] {1, 2, 3}, null).status())
                .isEqualTo(CheckStatus.FAIL);
    }
}
