package org.safepassage.mrtd.testing;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.BEROctetString;
import org.bouncycastle.asn1.BERSequence;
import org.bouncycastle.asn1.BERTaggedObject;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.safepassage.mrtd.crypto.Crypto;

/**
 * Test CSCA master lists (Doc 9303 part 12): CMS SignedData over a CscaMasterList, signed by a
 * Master List Signer certificate issued by a CSCA. Optionally written in BER (indefinite lengths,
 * a chunked eContent) the way some published lists are.
 */
public final class TestMasterList {

    private TestMasterList() {
    }

    /** A signer certificate and key issued by {@code csca}. */
    public record Signer(byte[] certificate, KeyPair keys) {
    }

    public static Signer signer(TestCa csca, int slot) {
        KeyPair kp = TestKeys.get(KeyType.EC_P256, 600 + slot);
        X500Name subject = new X500Name("C=DE,O=SafePassage Test,OU=Master List Signer,CN=Test MLS " + slot);
        byte[] cert = TestCa.issue(subject, kp.getPublic(), csca.name(), csca.privateKey(), csca.publicKey(),
                csca.type(), TestCa.serial(), TestCa.DEFAULT_FROM, TestCa.DEFAULT_TO, false, false);
        return new Signer(cert, kp);
    }

    /**
     * @param ber        write the SignedData with indefinite lengths and a chunked eContent
     * @param tamper     change the content after signing (the signature must then fail)
     */
    public static byte[] build(Signer signer, List<byte[]> certificates, boolean ber, boolean tamper) {
        try {
            ByteArrayOutputStream certSet = new ByteArrayOutputStream();
            for (byte[] c : certificates) {
                certSet.writeBytes(c);
            }
            // SET OF Certificate written from the raw certificate bytes (never re-encoded)
            byte[] set = Tlv.of(0x31, certSet.toByteArray());
            byte[] content = Tlv.of(0x30, new ASN1Integer(0).getEncoded(), set);

            ASN1ObjectIdentifier type = new ASN1ObjectIdentifier("2.23.136.1.1.2");
            AlgorithmIdentifier sha256 = new AlgorithmIdentifier(new ASN1ObjectIdentifier(Crypto.digestOid("SHA-256")),
                    DERNull.INSTANCE);
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(PKCSObjectIdentifiers.pkcs_9_at_contentType, new DERSet(type)));
            attrs.add(new Attribute(PKCSObjectIdentifiers.pkcs_9_at_messageDigest,
                    new DERSet(new DEROctetString(Crypto.hash("SHA-256", content)))));
            DERSet signedAttrs = new DERSet(attrs);
            Signature sig = Signature.getInstance("SHA256withECDSA", Crypto.BC);
            sig.initSign(signer.keys().getPrivate());
            sig.update(signedAttrs.getEncoded(ASN1Encoding.DER));
            byte[] signature = sig.sign();
            if (tamper) {
                content[content.length - 5] ^= 0x01;
            }

            Certificate sc = Certificate.getInstance(ASN1Primitive.fromByteArray(signer.certificate()));
            ASN1EncodableVector si = new ASN1EncodableVector();
            si.add(new ASN1Integer(1));
            si.add(new IssuerAndSerialNumber(sc.getIssuer(), sc.getSerialNumber().getValue()));
            si.add(sha256);
            si.add(new DERTaggedObject(false, 0, signedAttrs));
            si.add(new AlgorithmIdentifier(new ASN1ObjectIdentifier("1.2.840.10045.4.3.2")));
            si.add(new DEROctetString(signature));

            ASN1EncodableVector sd = new ASN1EncodableVector();
            sd.add(new ASN1Integer(3));
            sd.add(new DERSet(sha256));
            ASN1Encodable eContent = ber ? new BEROctetString(content, 64) : new DEROctetString(content);
            sd.add(ber ? new BERSequence(new ASN1Encodable[] {type, new BERTaggedObject(true, 0, eContent)})
                    : new DERSequence(new ASN1Encodable[] {type, new DERTaggedObject(true, 0, eContent)}));
            sd.add(new DERTaggedObject(false, 0, new DERSet(sc)));
            sd.add(new DERSet(new DERSequence(si)));
            ASN1Encodable ci = ber
                    ? new BERSequence(new ASN1Encodable[] {PKCSObjectIdentifiers.signedData,
                            new BERTaggedObject(true, 0, new BERSequence(sd))})
                    : new DERSequence(new ASN1Encodable[] {PKCSObjectIdentifiers.signedData,
                            new DERTaggedObject(true, 0, new DERSequence(sd))});
            return ci.toASN1Primitive().getEncoded(ber ? ASN1Encoding.BER : ASN1Encoding.DER);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Re-issues {@code cert} (signed by {@code issuerKey}) the way strict parsers reject: the serial
     * number zero-padded (or negative) and the TBSCertificate length in a non-minimal form. The
     * signature is over these exact bytes, so only a verifier that does not re-encode accepts it.
     */
    public static byte[] quirkyEncoding(byte[] cert, PrivateKey issuerKey, String sigAlg, BigInteger serial,
                                        boolean padSerial) {
        try {
            Certificate parsed = Certificate.getInstance(ASN1Primitive.fromByteArray(cert));
            ASN1Sequence tbs = ASN1Sequence.getInstance(parsed.getTBSCertificate().toASN1Primitive());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int i = 0; i < tbs.size(); i++) {
                if (i == 1) {
                    byte[] s = serial.toByteArray();
                    byte[] v = padSerial ? concat(new byte[] {0, 0}, s) : s;
                    body.writeBytes(Tlv.of(0x02, v));
                } else {
                    body.writeBytes(tbs.getObjectAt(i).toASN1Primitive().getEncoded(ASN1Encoding.DER));
                }
            }
            byte[] b = body.toByteArray();
            // SEQUENCE with a 4-byte length form (0x83 ..) where DER wants the shortest
            ByteArrayOutputStream t = new ByteArrayOutputStream();
            t.write(0x30);
            t.write(0x83);
            t.write(b.length >> 16);
            t.write((b.length >> 8) & 0xFF);
            t.write(b.length & 0xFF);
            t.writeBytes(b);
            byte[] tbsBytes = t.toByteArray();
            Signature sig = Signature.getInstance(sigAlg, Crypto.BC);
            sig.initSign(issuerKey);
            sig.update(tbsBytes);
            byte[] s = sig.sign();
            return Tlv.of(0x30, tbsBytes, parsed.getSignatureAlgorithm().getEncoded(ASN1Encoding.DER),
                    Tlv.of(0x03, concat(new byte[] {0}, s)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
