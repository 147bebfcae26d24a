package org.safepassage.mrtd.cms;

import java.util.List;

/**
 * The parts of a CMS SignedData (RFC 5652) that document verification needs, as exact byte
 * slices of the input: EF.SOD and CSCA master lists are both SignedData.
 *
 * @param version          SignedData version (ICAO requires 3)
 * @param digestAlgorithms OIDs of the digestAlgorithms set
 * @param contentType      eContentType OID
 * @param content          eContent octets (what the message-digest attribute is computed over)
 * @param certificates     exact encodings of the embedded certificates
 * @param crls             exact encodings of the embedded CRLs
 * @param signers          signer infos, in order
 */
public record SignedData(int version, List<String> digestAlgorithms, String contentType, byte[] content,
                         List<byte[]> certificates, List<byte[]> crls, List<SignerInfo> signers) {

    public static final String ID_SIGNED_DATA = "1.2.840.113549.1.7.2";
    public static final String ID_DATA = "1.2.840.113549.1.7.1";
    public static final String ATTR_CONTENT_TYPE = "1.2.840.113549.1.9.3";
    public static final String ATTR_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
    public static final String ATTR_SIGNING_TIME = "1.2.840.113549.1.9.5";

    @Override
    public String toString() {
        return "SignedData[version=" + version + ", contentType=" + contentType + ", certificates="
                + certificates.size() + ", signers=" + signers.size() + "]";
    }
}
