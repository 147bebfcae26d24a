package org.safepassage.mrtd.cms;

import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.asn1.Asn1;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * A CMS ContentInfo holding SignedData (RFC 5652), decoded by Bouncy Castle: EF.SOD and CSCA master
 * lists are both. Besides Bouncy Castle's decoding it keeps what verification needs exactly as it
 * stands in the input ({@link WireBytes}): the embedded certificates (their signatures are over
 * their own bytes, and the DSC cache is keyed on them) and each signer's signed attributes.
 * Immutable once parsed; no accessor throws.
 */
public final class CmsSignedData {

    public static final String ID_DATA = CMSObjectIdentifiers.data.getId();
    public static final String ATTR_CONTENT_TYPE = "1.2.840.113549.1.9.3";
    public static final String ATTR_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";

    private static final int CONTEXT_0 = 0xA0;
    private static final int SEQUENCE = 0x30;

    private final int version;
    private final List<String> digestAlgorithms;
    private final String contentType;
    private final byte[] content;
    private final List<byte[]> certificates;
    private final List<CmsSigner> signers;

    private CmsSignedData(int version, List<String> digestAlgorithms, String contentType, byte[] content,
                          List<byte[]> certificates, List<CmsSigner> signers) {
        this.version = version;
        this.digestAlgorithms = digestAlgorithms;
        this.contentType = contentType;
        this.content = content;
        this.certificates = certificates;
        this.signers = signers;
    }

    /** Decodes the ContentInfo that is the whole of {@code der}; throws {@link MalformedException} if malformed. */
    public static CmsSignedData parse(byte[] der) {
        return Asn1.decode("CMS SignedData", () -> {
            ContentInfo ci = ContentInfo.getInstance(Asn1.read(der));
            if (!CMSObjectIdentifiers.signedData.equals(ci.getContentType())) {
                throw new MalformedException("ContentInfo: content type " + ci.getContentType() + " is not signedData");
            }
            WireBytes wire = WireBytes.of(der);
            return from(SignedData.getInstance(ci.getContent()), der, wire, wire.whole());
        });
    }

    /**
     * The SignedData another decoder (JMRTD) made of the ContentInfo at {@code contentInfo} in
     * {@code buf}, with the exact bytes taken from there; throws {@link MalformedException} if malformed.
     */
    public static CmsSignedData of(SignedData decoded, byte[] buf, WireBytes.Span contentInfo) {
        return Asn1.decode("CMS SignedData", () -> from(decoded, buf, WireBytes.of(buf), contentInfo));
    }

    private static CmsSignedData from(SignedData sd, byte[] der, WireBytes wire, WireBytes.Span contentInfo) {
        List<String> digests = new ArrayList<>(2);
        for (ASN1Encodable a : sd.getDigestAlgorithms()) {
            digests.add(AlgorithmIdentifier.getInstance(a).getAlgorithm().getId());
        }
        ContentInfo encap = sd.getEncapContentInfo();
        if (encap.getContent() == null) {
            throw new MalformedException("EncapsulatedContentInfo: no eContent (detached content is not allowed here)");
        }
        byte[] content = ASN1OctetString.getInstance(encap.getContent()).getOctets();

        // exact bytes: ContentInfo -> [0] -> SignedData -> certificates [0] and signerInfos (the last SET)
        WireBytes.Span signedData = wire.child(wire.child(contentInfo, 1), 0);
        List<WireBytes.Span> parts = wire.children(signedData);
        List<byte[]> certs = new ArrayList<>(1);
        for (WireBytes.Span part : parts.subList(3, parts.size() - 1)) {
            if ((der[part.start()] & 0xFF) == CONTEXT_0) {
                for (WireBytes.Span c : wire.children(part)) {
                    if ((der[c.start()] & 0xFF) == SEQUENCE) { // other certificate choices are ignored
                        certs.add(c.copy(der));
                    }
                }
            }
        }
        List<WireBytes.Span> signerSpans = wire.children(parts.get(parts.size() - 1));
        List<CmsSigner> signers = new ArrayList<>(1);
        int i = 0;
        for (ASN1Encodable s : sd.getSignerInfos()) {
            SignerInfo info = SignerInfo.getInstance(s);
            byte[] asWritten = null;
            if (info.getAuthenticatedAttributes() != null) {
                WireBytes.Span attrs = wire.child(signerSpans.get(i), 3);
                asWritten = attrs.copy(der);
                asWritten[0] = 0x31; // the [0] IMPLICIT tag replaced by SET, RFC 5652 section 5.4
            }
            signers.add(new CmsSigner(info, asWritten));
            i++;
        }
        return new CmsSignedData(sd.getVersion().intValueExact(), List.copyOf(digests),
                encap.getContentType().getId(), content, List.copyOf(certs), List.copyOf(signers));
    }

    /** SignedData version (ICAO requires 3). */
    public int version() {
        return version;
    }

    /** OIDs of the digestAlgorithms set. */
    public List<String> digestAlgorithms() {
        return digestAlgorithms;
    }

    /** The eContentType OID. */
    public String contentType() {
        return contentType;
    }

    /** The eContent octets (what the message-digest attribute is computed over); the object's own array. */
    public byte[] content() {
        return content;
    }

    /** The embedded certificates, each exactly as it stands in the input (the object's own arrays). */
    public List<byte[]> certificates() {
        return certificates;
    }

    public List<CmsSigner> signers() {
        return signers;
    }

    @Override
    public String toString() {
        return "CmsSignedData[version=" + version + ", contentType=" + contentType + ", certificates="
                + certificates.size() + ", signers=" + signers.size() + "]";
    }
}
