package org.safepassage.mrtd.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;

/** ECDSA signature encodings: X9.62 {@code SEQUENCE {r, s}} and plain {@code r || s} (BSI TR-03111). */
public final class EcdsaEncoding {

    private EcdsaEncoding() {
    }

    /** Whether {@code sig} is exactly one well-formed DER SEQUENCE of two INTEGERs. */
    public static boolean isDer(byte[] sig) {
        if (sig == null || sig.length < 8 || sig[0] != 0x30) {
            return false;
        }
        try {
            Der seq = Der.parse(sig);
            if (seq.end != sig.length) {
                return false;
            }
            var parts = seq.children();
            return parts.size() == 2 && parts.get(0).tag == Der.INTEGER && parts.get(1).tag == Der.INTEGER;
        } catch (DerException e) {
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
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new ASN1Integer(r));
        v.add(new ASN1Integer(s));
        try {
            return new DERSequence(v).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            return null;
        }
    }
}
