package org.safepassage.mrtd.trust;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.cms.CmsSignedData;
import org.safepassage.mrtd.cms.CmsSigner;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.cms.SignerVerifier;
import org.safepassage.mrtd.cms.WireBytes;

/**
 * An ICAO or national CSCA master list (Doc 9303 part 12): CMS SignedData over
 * {@code CscaMasterList ::= SEQUENCE { version INTEGER, certList SET OF Certificate }}, signed by a
 * Master List Signer whose certificate is issued by a CSCA. The list's certificates are imported
 * only if its signature verifies and its signer chains to a configured trust anchor.
 */
public final class MasterList {

    public static final String ID_CSCA_MASTER_LIST = "2.23.136.1.1.2";

    /** Outcome: the certificates to import (empty unless verified) and what was noticed. */
    public record Result(boolean verified, List<Cert> certificates, List<String> problems, Cert signer) {
    }

    private MasterList() {
    }

    public static Result verifyAndExtract(byte[] encoded, List<Cert> signerAnchors, Instant at) {
        return verifyAndExtract(encoded, signerAnchors, at, new CertificateMemory());
    }

    /** As {@link #verifyAndExtract(byte[], List, Instant)}, decoding certificates with {@code memory}. */
    public static Result verifyAndExtract(byte[] encoded, List<Cert> signerAnchors, Instant at, CertificateMemory memory) {
        List<String> problems = new ArrayList<>();
        CmsSignedData sd;
        try {
            sd = CmsSignedData.parse(encoded);
        } catch (MalformedException e) {
            problems.add("master list is not a CMS SignedData: " + e.getMessage());
            return new Result(false, List.of(), problems, null);
        }
        if (!ID_CSCA_MASTER_LIST.equals(sd.contentType())) {
            if (CmsSignedData.ID_DATA.equals(sd.contentType())) {
                problems.add("master list content type is id-data instead of id-icao-cscaMasterList");
            } else {
                problems.add("content type " + sd.contentType() + " is not a CSCA master list");
                return new Result(false, List.of(), problems, null);
            }
        }
        if (sd.signers().isEmpty()) {
            problems.add("master list has no signer");
            return new Result(false, List.of(), problems, null);
        }
        CmsSigner si = sd.signers().get(0);
        Cert signer = null;
        for (byte[] c : sd.certificates()) {
            try {
                Cert cert = Cert.parse(c);
                if (matches(cert, si)) {
                    signer = cert;
                    break;
                }
            } catch (GeneralSecurityException e) {
                problems.add("embedded certificate skipped: " + e.getMessage());
            }
        }
        if (signer == null) {
            problems.add("master list signer certificate not found in the list");
            return new Result(false, List.of(), problems, null);
        }
        SignerVerifier.Result sig = SignerVerifier.verify(sd, si, signer.publicKey());
        if (!sig.valid()) {
            problems.add("master list signature invalid: " + sig.detail());
            return new Result(false, List.of(), problems, signer);
        }
        if (!trusted(signer, signerAnchors)) {
            problems.add("master list signer " + signer.subjectName() + " does not chain to a configured trust anchor");
            return new Result(false, List.of(), problems, signer);
        }
        if (!signer.isValidAt(at)) {
            problems.add("master list signer certificate is outside its validity period (list still imported)");
        }
        List<Cert> certs = new ArrayList<>();
        try {
            for (byte[] c : certificateList(sd.content())) {
                try {
                    certs.add(memory.certificate(c));
                } catch (GeneralSecurityException e) {
                    problems.add("certificate in master list skipped: " + e.getMessage());
                }
            }
        } catch (MalformedException e) {
            problems.add("master list content is malformed: " + e.getMessage());
            return new Result(false, List.of(), problems, signer);
        }
        return new Result(true, List.copyOf(certs), problems, signer);
    }

    /**
     * The certificates of {@code CscaMasterList ::= SEQUENCE { version, certList SET OF Certificate }},
     * each exactly as written: Bouncy Castle checks the frame, {@link WireBytes} cuts out the
     * certificates without re-encoding them (some lists carry certificates signed over non-DER
     * bytes), and each is then decoded on its own, so that one bad certificate does not cost the list.
     */
    static List<byte[]> certificateList(byte[] content) {
        Asn1.decode("CscaMasterList", () -> {
            ASN1Sequence list = ASN1Sequence.getInstance(Asn1.read(content));
            ASN1Integer.getInstance(list.getObjectAt(0));
            return ASN1Set.getInstance(list.getObjectAt(1));
        });
        WireBytes.Span list = WireBytes.child(content, WireBytes.whole(content), 1);
        List<byte[]> out = new ArrayList<>();
        for (WireBytes.Span c : WireBytes.children(content, list)) {
            out.add(c.copy(content));
        }
        return out;
    }

    static boolean matches(Cert cert, CmsSigner si) {
        if (si.subjectKeyIdentifier() != null) {
            return Arrays.equals(si.subjectKeyIdentifier(), cert.subjectKeyId());
        }
        try {
            return si.serialNumber() != null && si.serialNumber().equals(cert.serialNumber())
                    && si.issuer().equals(cert.issuer());
        } catch (RuntimeException e) { // a malformed signer identifier names no certificate
            return false;
        }
    }

    private static boolean trusted(Cert signer, List<Cert> anchors) {
        for (Cert a : anchors) {
            if (a.equals(signer)) {
                return true;
            }
            if (a.subjectKey().equals(signer.issuerKey()) && signer.isSignedBy(a.publicKey())) {
                return true;
            }
        }
        return false;
    }
}
