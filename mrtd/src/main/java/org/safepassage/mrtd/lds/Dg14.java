package org.safepassage.mrtd.lds;

import org.safepassage.mrtd.report.ChipProtocols;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.jmrtd.lds.ActiveAuthenticationInfo;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.DG14File;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;

/**
 * DG14 (Doc 9303 part 11 section 9.2): the chip's SecurityInfos, decoded by JMRTD's
 * {@link DG14File}. JMRTD leaves out, with only a log line, a SecurityInfo it cannot decode: an
 * ActiveAuthenticationInfo naming its ECDSA algorithm by the X9.62 OID (ecdsa-with-SHA256) instead of
 * the BSI plain-ECDSA OID, for instance. Bouncy Castle therefore counts the SecurityInfos too; the
 * protocol OIDs (and the AA algorithm) of any JMRTD left out are read with it, and
 * {@link #jmrtdProblem()} says so.
 */
public final class Dg14 {

    private static final int DG14_TAG = 14;

    private final ChipProtocols protocols;
    private final String jmrtdProblem;

    private Dg14(ChipProtocols protocols, String jmrtdProblem) {
        this.protocols = protocols;
        this.jmrtdProblem = jmrtdProblem;
    }

    /** Reads DG14 (tag 0x6E around a SET OF SecurityInfo). Throws {@link MalformedException} if malformed. */
    public static Dg14 read(byte[] dg14) {
        ASN1Set set = Asn1.decode("DG14", () -> {
            ASN1TaggedObject outer = ASN1TaggedObject.getInstance(Asn1.read(dg14));
            if (outer.getTagClass() != BERTags.APPLICATION || outer.getTagNo() != DG14_TAG) {
                throw new MalformedException("DG14 must start with tag 0x6E");
            }
            ASN1Set s = ASN1Set.getInstance(outer.getExplicitBaseObject());
            for (ASN1Encodable info : s) {
                ASN1ObjectIdentifier.getInstance(ASN1Sequence.getInstance(info).getObjectAt(0));
            }
            return s;
        });
        DG14File file = Asn1.decode("DG14 (JMRTD)", () -> new DG14File(LdsInput.of(dg14)));
        List<String> oids = new ArrayList<>();
        String aaAlgorithm = null;
        for (SecurityInfo info : file.getSecurityInfos()) {
            oids.add(info.getObjectIdentifier());
            if (info instanceof ActiveAuthenticationInfo aa) {
                aaAlgorithm = aa.getSignatureAlgorithmOID();
            }
        }
        if (oids.size() == set.size()) {
            return new Dg14(ChipProtocols.of(oids, aaAlgorithm), null);
        }
        // JMRTD left some out: take every protocol OID (and the AA algorithm) as Bouncy Castle reads them
        List<String> all = new ArrayList<>(set.size());
        List<String> missed = new ArrayList<>(1);
        List<String> jmrtd = new ArrayList<>(oids);
        String aa = aaAlgorithm;
        for (ASN1Encodable e : set) {
            ASN1Sequence info = ASN1Sequence.getInstance(e);
            String oid = ASN1ObjectIdentifier.getInstance(info.getObjectAt(0)).getId();
            all.add(oid);
            if (!jmrtd.remove(oid)) {
                missed.add(oid);
                if (oid.equals(ChipProtocols.ID_AA) && info.size() > 2
                        && info.getObjectAt(2) instanceof ASN1ObjectIdentifier alg) {
                    aa = alg.getId();
                }
            }
        }
        return new Dg14(ChipProtocols.of(all, aa),
                "JMRTD cannot decode the SecurityInfo(s) " + missed + " of DG14; their protocol OIDs are read with Bouncy Castle");
    }

    public ChipProtocols protocols() {
        return protocols;
    }

    /** Which SecurityInfos JMRTD could not decode (read with Bouncy Castle instead), or null. */
    public String jmrtdProblem() {
        return jmrtdProblem;
    }
}
