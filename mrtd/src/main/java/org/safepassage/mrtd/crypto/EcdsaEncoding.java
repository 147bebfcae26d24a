package org.safepassage.mrtd.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/** ECDSA signature encodings: X9.62 {@code SEQUENCE {r, s}} and plain {@code r || s} (BSI TR-03111). */
public final class EcdsaEncoding {

    private EcdsaEncoding() {
    }

    /** Whether {@code sig} is exactly one well-formed DER SEQUENCE of two INTEGERs (Bouncy Castle decides). */
    public static boolean isDer(byte[] sig) {
        if (sig == null || sig.length < 8 || sig[0] != 0x30) {
            return false;
        }
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(sig));
            return seq.size() == 2 && seq.getObjectAt(0) instanceof ASN1Integer
                    && seq.getObjectAt(1) instanceof ASN1Integer;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Converts plain r||s into DER, or null if the length is odd or zero. */
    public static byte[] plainToDer(byte[] plain) {
        if (plain == null || plain.length == 0 || plain.length % 2 != 0) {
            return null;
        }
        int n = plain.length / 2;
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(plain, 0, n));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(plain, n, plain.length));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            return null;
        }
    }
}
