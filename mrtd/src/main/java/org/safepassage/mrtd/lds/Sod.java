package org.safepassage.mrtd.lds;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Map;

import net.sf.scuba.tlv.TLVUtil;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SignedDataUtil;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.cms.CmsSignedData;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.cms.WireBytes;

/**
 * EF.SOD (Doc 9303 part 10 4.6.2), a CMS SignedData over an LDSSecurityObject, decoded by JMRTD's
 * {@link SODFile}: the data group hashes and the LDS 1.8 version info come from its getters, its
 * hash algorithm name from JMRTD's table. What SODFile does not expose, the ICAO profile of the CMS
 * structure (versions, content type, the signer and its attributes) and the DSC exactly as
 * embedded, is read from the SignedData SODFile decoded ({@link CmsSignedData}, Bouncy Castle's
 * classes) and, for exact bytes, from the file itself ({@link WireBytes}); the LDSSecurityObject's
 * version and entry count, which SODFile does not give either, with Bouncy Castle.
 *
 * <p>Before JMRTD sees the file it is normalised: JMRTD wants the application tag 0x77 with a
 * definite length, and real readers deliver the file without the tag, or with an indefinite length.
 */
public final class Sod {

    /** id-icao-mrtd-security-ldsSecurityObject. */
    public static final String ID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    private static final int EF_SOD_TAG = 0x77;
    private static final int SEQUENCE = 0x30;

    private final CmsSignedData signedData;
    private final int ldsObjectVersion;
    private final String hashAlgorithm;
    private final String hashAlgorithmName;
    private final Map<Integer, byte[]> dataGroupHashes;
    private final boolean versionInfoPresent;
    private final String ldsVersion;
    private final String unicodeVersion;

    private Sod(CmsSignedData signedData, int ldsObjectVersion, String hashAlgorithm, String hashAlgorithmName,
                Map<Integer, byte[]> dataGroupHashes, boolean versionInfoPresent, String ldsVersion,
                String unicodeVersion) {
        this.signedData = signedData;
        this.ldsObjectVersion = ldsObjectVersion;
        this.hashAlgorithm = hashAlgorithm;
        this.hashAlgorithmName = hashAlgorithmName;
        this.dataGroupHashes = dataGroupHashes;
        this.versionInfoPresent = versionInfoPresent;
        this.ldsVersion = ldsVersion;
        this.unicodeVersion = unicodeVersion;
    }

    /**
     * Decodes EF.SOD as read from the chip (with or without its 0x77 tag). Throws
     * {@link MalformedException}, and only that, if the file is malformed.
     */
    public static Sod read(byte[] ef) {
        if (ef == null || ef.length == 0) {
            throw new MalformedException("empty EF.SOD");
        }
        WireBytes wire = WireBytes.of(ef);
        WireBytes.Span whole = wire.whole();
        WireBytes.Span contentInfo;
        byte[] forJmrtd;
        int tag = ef[0] & 0xFF;
        if (tag == EF_SOD_TAG) {
            contentInfo = wire.child(whole, 0);
            boolean asJmrtdWantsIt = contentInfo.end() == whole.end() && ef[1] != (byte) 0x80;
            forJmrtd = asJmrtdWantsIt ? ef : TLVUtil.wrapDO(EF_SOD_TAG, contentInfo.copy(ef));
        } else if (tag == SEQUENCE) {
            contentInfo = whole;
            forJmrtd = TLVUtil.wrapDO(EF_SOD_TAG, ef);
        } else {
            throw new MalformedException("EF.SOD must start with tag 0x77 or a SEQUENCE, found 0x" + Integer.toHexString(tag));
        }
        return Asn1.decode("EF.SOD", () -> {
            // JMRTD decodes the file; the CMS view is made of its decoding
            SODFile file = new SODFile(LdsInput.of(forJmrtd));
            SignedData decoded = jmrtdSignedData(file);
            CmsSignedData sd = decoded != null ? CmsSignedData.of(decoded, ef, contentInfo)
                    : CmsSignedData.parse(contentInfo.copy(ef));

            // the LDSSecurityObject's frame, for the profile checks SODFile cannot answer
            ASN1Sequence so = ASN1Sequence.getInstance(Asn1.read(sd.content()));
            int version = ASN1Integer.getInstance(so.getObjectAt(0)).intValueExact();
            String hashOid = AlgorithmIdentifier.getInstance(so.getObjectAt(1)).getAlgorithm().getId();
            int listed = ASN1Sequence.getInstance(so.getObjectAt(2)).size();
            if (version == 1 && so.size() < 4) {
                throw new MalformedException("LDSSecurityObject version 1 (LDS 1.8) without LDSVersionInfo");
            }

            // the security object as JMRTD decodes it
            Map<Integer, byte[]> hashes = file.getDataGroupHashes();
            for (int n : hashes.keySet()) {
                if (n < 1 || n > 16) {
                    throw new MalformedException("DataGroupHash: data group number " + n + " outside 1..16");
                }
            }
            if (hashes.size() != listed) {
                throw new MalformedException("DataGroupHash: a data group is listed twice");
            }
            boolean lds18 = version == 1;
            return new Sod(sd, version, hashOid, jmrtdDigestName(hashOid), Collections.unmodifiableMap(hashes),
                    so.size() > 3, lds18 ? file.getLDSVersion() : null, lds18 ? file.getUnicodeVersion() : null);
        });
    }

    /**
     * The SignedData JMRTD decoded the file into. SODFile keeps it to itself; reading it spares
     * decoding every EF.SOD a second time with Bouncy Castle (about 4 µs, some 6% of Passive
     * Authentication with an RSA-2048 DSC). Null if this JMRTD has no such field (another version):
     * the caller then decodes the file again.
     */
    private static SignedData jmrtdSignedData(SODFile file) {
        if (SIGNED_DATA == null) {
            return null;
        }
        try {
            return SIGNED_DATA.get(file) instanceof SignedData sd ? sd : null;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static final Field SIGNED_DATA = signedDataField();

    private static Field signedDataField() {
        try {
            Field f = SODFile.class.getDeclaredField("signedData");
            f.setAccessible(true);
            return f.getType() == SignedData.class ? f : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** JMRTD's name for a digest algorithm OID (what SODFile.getDigestAlgorithm gives), or null if it knows none. */
    private static String jmrtdDigestName(String oid) {
        try {
            return SignedDataUtil.lookupMnemonicByOID(oid);
        } catch (java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }


    /** The CMS structure (Bouncy Castle). */
    public CmsSignedData signedData() {
        return signedData;
    }

    /** LDSSecurityObject version: 0 (LDS 1.7) or 1 (LDS 1.8, with version info). */
    public int ldsObjectVersion() {
        return ldsObjectVersion;
    }

    /** OID of the data group hash algorithm. */
    public String hashAlgorithm() {
        return hashAlgorithm;
    }

    /** JMRTD's name for the data group hash algorithm ("SHA-256"), or null if JMRTD does not know it. */
    public String hashAlgorithmName() {
        return hashAlgorithmName;
    }

    /** Hash per data group number, in ascending order (the arrays are the object's own). */
    public Map<Integer, byte[]> dataGroupHashes() {
        return dataGroupHashes;
    }

    /** Whether the security object carries an LDSVersionInfo (whatever its version says). */
    public boolean versionInfoPresent() {
        return versionInfoPresent;
    }

    /** LDS version from LDSVersionInfo ("0108"), or null. */
    public String ldsVersion() {
        return ldsVersion;
    }

    /** Unicode version from LDSVersionInfo, or null. */
    public String unicodeVersion() {
        return unicodeVersion;
    }

    @Override
    public String toString() {
        return "Sod[ldsObjectVersion=" + ldsObjectVersion + ", hashAlgorithm=" + hashAlgorithm
                + ", dataGroups=" + dataGroupHashes.keySet() + "]";
    }
}
