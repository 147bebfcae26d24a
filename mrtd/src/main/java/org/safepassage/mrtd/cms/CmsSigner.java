package org.safepassage.mrtd.cms;

import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.asn1.Asn1;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * One CMS SignerInfo, decoded by Bouncy Castle when it is created (so no accessor throws), with
 * the signed attributes also as they stand in the input: the bytes that were signed (RFC 5652
 * section 5.4). Arrays returned are the object's own (read them, do not change them).
 */
public final class CmsSigner {

    private final int version;
    private final ASN1Encodable issuerAndSerial;
    private volatile IssuerAndSerialNumber issuerAndSerialNumber;
    private final byte[] subjectKeyIdentifier;
    private final String digestAlgorithm;
    private final AlgorithmIdentifier signatureAlgorithm;
    private final byte[] signature;
    private final ASN1Set signedAttributes;
    private final Map<String, ASN1Set> attributes;
    private final byte[] signedAttributesAsWritten;

    /** Decodes {@code info}; call inside {@link Asn1#decode}: malformed parts throw. */
    CmsSigner(SignerInfo info, byte[] signedAttributesAsWritten) {
        this.version = info.getVersion().intValueExact();
        ASN1Encodable id = info.getSID().getId();
        if (id instanceof ASN1OctetString os) {
            this.subjectKeyIdentifier = os.getOctets();
            this.issuerAndSerial = null;
        } else {
            this.subjectKeyIdentifier = null;
            this.issuerAndSerial = id; // decoded when asked: most SODs embed the one DSC and need no look-up
        }
        this.digestAlgorithm = info.getDigestAlgorithm().getAlgorithm().getId();
        this.signatureAlgorithm = info.getDigestEncryptionAlgorithm();
        this.signature = info.getEncryptedDigest().getOctets();
        this.signedAttributes = info.getAuthenticatedAttributes();
        Map<String, ASN1Set> attrs = new LinkedHashMap<>();
        if (signedAttributes != null) {
            for (ASN1Encodable e : signedAttributes) {
                Attribute a = Attribute.getInstance(e);
                if (attrs.put(a.getAttrType().getId(), a.getAttrValues()) != null) {
                    throw new MalformedException("signed attribute " + a.getAttrType().getId()
                            + " appears more than once");
                }
            }
        }
        this.attributes = Collections.unmodifiableMap(attrs);
        this.signedAttributesAsWritten = signedAttributesAsWritten;
    }

    /** 1 (issuer and serial number) or 3 (subject key identifier). */
    public int version() {
        return version;
    }

    /**
     * The signer certificate's issuer, or null when the signer is identified by key identifier.
     * Throws {@link MalformedException} if malformed; comparing or printing a name with an invalid
     * string encoding throws too (Bouncy Castle decodes the strings when first asked).
     */
    public X500Name issuer() {
        IssuerAndSerialNumber ias = issuerAndSerial();
        return ias == null ? null : ias.getName();
    }

    /** The signer certificate's serial number, or null. Throws {@link MalformedException} if malformed. */
    public BigInteger serialNumber() {
        IssuerAndSerialNumber ias = issuerAndSerial();
        return ias == null ? null : ias.getSerialNumber().getValue();
    }

    /** Whether the signer is identified by issuer and serial number (else by subject key identifier). */
    public boolean identifiedByIssuerAndSerial() {
        return issuerAndSerial != null;
    }

    private IssuerAndSerialNumber issuerAndSerial() {
        if (issuerAndSerial == null) {
            return null;
        }
        IssuerAndSerialNumber ias = issuerAndSerialNumber;
        if (ias == null) {
            ias = Asn1.decode("SignerIdentifier", () -> IssuerAndSerialNumber.getInstance(issuerAndSerial));
            issuerAndSerialNumber = ias;
        }
        return ias;
    }

    /** The signer's subject key identifier, or null when identified by issuer and serial number. */
    public byte[] subjectKeyIdentifier() {
        return subjectKeyIdentifier == null ? null : subjectKeyIdentifier.clone();
    }

    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    public AlgorithmIdentifier signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public byte[] signature() {
        return signature;
    }

    public boolean hasSignedAttributes() {
        return signedAttributes != null;
    }

    /** The values of the signed attribute {@code type}, or null if absent. */
    public ASN1Set attribute(String type) {
        return attributes.get(type);
    }

    /**
     * The signed attributes as written, their [0] tag replaced by SET: the bytes signers sign, also
     * when they wrote non-minimal lengths or unsorted attributes. Null without signed attributes or
     * when they were written with an indefinite length (then only {@link #signedAttributesDer} can
     * have been signed).
     */
    public byte[] signedAttributesAsWritten() {
        return signedAttributesAsWritten == null || signedAttributesAsWritten[1] == (byte) 0x80 ? null
                : signedAttributesAsWritten;
    }

    /**
     * The DER encoding of the signed attributes (the SET sorted, lengths minimal), what RFC 5652
     * says is signed; null without signed attributes. Throws {@link MalformedException} if they
     * cannot be encoded.
     */
    public byte[] signedAttributesDer() {
        return signedAttributes == null ? null
                : Asn1.decode("signed attributes", () -> signedAttributes.getEncoded(ASN1Encoding.DER));
    }

    @Override
    public String toString() {
        return "CmsSigner[version=" + version + ", digest=" + digestAlgorithm + ", signature="
                + signatureAlgorithm.getAlgorithm().getId() + "]";
    }
}
