package org.safepassage.mrtd.cms;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * One CMS SignerInfo.
 *
 * @param version              1 (issuer and serial) or 3 (subject key identifier)
 * @param issuer               encoded issuer Name of the signer certificate, or null when identified by SKI
 * @param serialNumber         signer certificate serial number, or null
 * @param subjectKeyIdentifier signer SKI, or null
 * @param digestAlgorithm      digest algorithm OID
 * @param signedAttributes     DER of the signed attributes with the SET tag (the bytes that are signed), or null
 * @param attributes           signed attribute values by type OID (each value an encoded element)
 * @param signatureAlgorithm   signature algorithm OID
 * @param signatureParameters  encoded parameters of the signature algorithm, or null
 * @param signature            the signature value
 */
public record SignerInfo(int version, byte[] issuer, BigInteger serialNumber, byte[] subjectKeyIdentifier,
                         String digestAlgorithm, byte[] signedAttributes, Map<String, List<byte[]>> attributes,
                         String signatureAlgorithm, byte[] signatureParameters, byte[] signature) {

    @Override
    public String toString() {
        return "SignerInfo[version=" + version + ", digest=" + digestAlgorithm + ", signature=" + signatureAlgorithm + "]";
    }
}
