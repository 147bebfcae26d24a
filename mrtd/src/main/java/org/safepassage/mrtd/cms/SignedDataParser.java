package org.safepassage.mrtd.cms;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSet;

/**
 * Lean parser for a CMS ContentInfo holding SignedData. Reads only what verification needs and
 * keeps exact byte slices; it does not re-encode anything that is signed, so certificates and
 * content with unusual (BER) encodings still verify.
 */
public final class SignedDataParser {

    private SignedDataParser() {
    }

    /** Parses a ContentInfo(SignedData) that starts at offset {@code off} of {@code buf}. */
    public static SignedData parse(byte[] buf, int off, int limit) {
        Der contentInfo = Der.read(buf, off, limit, 0).expect(Der.SEQUENCE, "ContentInfo");
        List<Der> ci = contentInfo.children();
        if (ci.size() < 2) {
            throw new DerException("ContentInfo: missing content");
        }
        String type = ci.get(0).oid();
        if (!SignedData.ID_SIGNED_DATA.equals(type)) {
            throw new DerException("ContentInfo: content type " + type + " is not signedData");
        }
        Der explicit = ci.get(1);
        if (!explicit.isContext(0) || !explicit.isConstructed()) {
            throw new DerException("ContentInfo: content must be [0] EXPLICIT");
        }
        List<Der> sd = explicit.first().expect(Der.SEQUENCE, "SignedData").children();
        if (sd.size() < 4) {
            throw new DerException("SignedData: expected at least 4 elements, found " + sd.size());
        }
        int i = 0;
        int version = sd.get(i++).smallInt("SignedData version");

        List<String> digestAlgs = new ArrayList<>(2);
        for (Der alg : sd.get(i++).expect(Der.SET, "digestAlgorithms").children()) {
            digestAlgs.add(alg.expect(Der.SEQUENCE, "DigestAlgorithmIdentifier").first().oid());
        }

        List<Der> encap = sd.get(i++).expect(Der.SEQUENCE, "EncapsulatedContentInfo").children();
        if (encap.isEmpty()) {
            throw new DerException("EncapsulatedContentInfo: empty");
        }
        String contentType = encap.get(0).oid();
        if (encap.size() < 2) {
            throw new DerException("EncapsulatedContentInfo: no eContent (detached content is not allowed here)");
        }
        Der eContentTagged = encap.get(1);
        if (!eContentTagged.isContext(0)) {
            throw new DerException("EncapsulatedContentInfo: eContent must be [0] EXPLICIT");
        }
        Der eContent = eContentTagged.first();
        if ((eContent.tag & 0x1F) != Der.OCTET_STRING || (eContent.tag & 0xC0) != 0) {
            throw new DerException("eContent: expected OCTET STRING, found tag 0x" + Integer.toHexString(eContent.tag));
        }
        byte[] content = eContent.value();

        List<byte[]> certs = new ArrayList<>(1);
        List<byte[]> crls = new ArrayList<>(0);
        while (i < sd.size() && sd.get(i).tag != Der.SET) {
            Der d = sd.get(i++);
            if (d.isContext(0) && d.isConstructed()) {
                for (Der c : d.children()) {
                    if (c.tag == Der.SEQUENCE) { // other certificate choices (attribute certs, ...) are ignored
                        certs.add(c.encoded());
                    }
                }
            } else if (d.isContext(1) && d.isConstructed()) {
                for (Der c : d.children()) {
                    if (c.tag == Der.SEQUENCE) {
                        crls.add(c.encoded());
                    }
                }
            } else {
                throw new DerException("SignedData: unexpected element with tag 0x" + Integer.toHexString(d.tag));
            }
        }
        if (i >= sd.size()) {
            throw new DerException("SignedData: missing signerInfos");
        }
        List<SignerInfo> signers = new ArrayList<>(1);
        for (Der s : sd.get(i).expect(Der.SET, "signerInfos").children()) {
            signers.add(signer(s.expect(Der.SEQUENCE, "SignerInfo")));
        }
        return new SignedData(version, List.copyOf(digestAlgs), contentType, content,
                List.copyOf(certs), List.copyOf(crls), List.copyOf(signers));
    }

    private static SignerInfo signer(Der seq) {
        List<Der> f = seq.children();
        if (f.size() < 5) {
            throw new DerException("SignerInfo: expected at least 5 elements, found " + f.size());
        }
        int i = 0;
        int version = f.get(i++).smallInt("SignerInfo version");
        Der sid = f.get(i++);
        byte[] issuer = null;
        BigInteger serial = null;
        byte[] ski = null;
        if (sid.tag == Der.SEQUENCE) {
            List<Der> ias = sid.children();
            if (ias.size() != 2) {
                throw new DerException("IssuerAndSerialNumber: expected 2 elements");
            }
            issuer = ias.get(0).expect(Der.SEQUENCE, "issuer Name").encoded();
            serial = ias.get(1).integer();
        } else if (sid.isContext(0)) {
            ski = sid.isConstructed() ? sid.first().value() : sid.value();
        } else {
            throw new DerException("SignerIdentifier: unexpected tag 0x" + Integer.toHexString(sid.tag));
        }
        String digestAlg = f.get(i++).expect(Der.SEQUENCE, "digestAlgorithm").first().oid();

        byte[] signedAttrs = null;
        Map<String, List<byte[]>> attrs = new LinkedHashMap<>();
        if (f.get(i).isContext(0)) {
            Der sa = f.get(i++);
            if (!sa.isConstructed()) {
                throw new DerException("signedAttrs must be constructed");
            }
            for (Der attr : sa.children()) {
                List<Der> av = attr.expect(Der.SEQUENCE, "Attribute").children();
                if (av.size() != 2) {
                    throw new DerException("Attribute: expected type and values");
                }
                String type = av.get(0).oid();
                if (attrs.containsKey(type)) {
                    throw new DerException("signed attribute " + type + " appears more than once");
                }
                List<byte[]> values = new ArrayList<>(1);
                for (Der v : av.get(1).expect(Der.SET, "AttributeValues").children()) {
                    values.add(v.encoded());
                }
                attrs.put(type, values);
            }
            signedAttrs = signedAttributesForSignature(sa);
        }
        if (i + 2 > f.size()) {
            throw new DerException("SignerInfo: missing signature");
        }
        List<Der> sigAlg = f.get(i++).expect(Der.SEQUENCE, "signatureAlgorithm").children();
        if (sigAlg.isEmpty()) {
            throw new DerException("signatureAlgorithm: empty");
        }
        String sigOid = sigAlg.get(0).oid();
        byte[] sigParams = sigAlg.size() > 1 && sigAlg.get(1).tag != Der.NULL ? sigAlg.get(1).encoded() : null;
        Der sigValue = f.get(i);
        if ((sigValue.tag & 0x1F) != Der.OCTET_STRING || (sigValue.tag & 0xC0) != 0) {
            throw new DerException("signature: expected OCTET STRING");
        }
        Map<String, List<byte[]>> frozen = new LinkedHashMap<>();
        attrs.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new SignerInfo(version, issuer, serial, ski, digestAlg, signedAttrs,
                java.util.Collections.unmodifiableMap(frozen), sigOid, sigParams, sigValue.value());
    }

    /** The signed attributes as signed: their encoding with the [0] tag replaced by SET (RFC 5652 5.4). */
    private static byte[] signedAttributesForSignature(Der sa) {
        if (!sa.isIndefinite()) {
            byte[] b = sa.encoded();
            b[0] = Der.SET;
            return b;
        }
        try { // BER on the wire: the signature is over the DER encoding
            ASN1TaggedObject t = ASN1TaggedObject.getInstance(ASN1Primitive.fromByteArray(sa.encoded()));
            return new DERSet(ASN1Set.getInstance(t, false).toArray()).getEncoded(ASN1Encoding.DER);
        } catch (IOException | RuntimeException e) {
            throw new DerException("signedAttrs: cannot re-encode BER attributes", e);
        }
    }
}
