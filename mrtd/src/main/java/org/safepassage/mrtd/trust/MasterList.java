package org.safepassage.mrtd.trust;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.cms.SignedData;
import org.safepassage.mrtd.cms.SignedDataParser;
import org.safepassage.mrtd.cms.SignerInfo;
import org.safepassage.mrtd.cms.SignerVerifier;

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
        List<String> problems = new ArrayList<>();
        SignedData sd;
        try {
            sd = SignedDataParser.parse(encoded, 0, encoded.length);
        } catch (DerException e) {
            problems.add("master list is not a CMS SignedData: " + e.getMessage());
            return new Result(false, List.of(), problems, null);
        }
        if (!ID_CSCA_MASTER_LIST.equals(sd.contentType())) {
            if (SignedData.ID_DATA.equals(sd.contentType())) {
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
        SignerInfo si = sd.signers().get(0);
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
            List<Der> top = Der.parse(sd.content()).expect(Der.SEQUENCE, "CscaMasterList").children();
            if (top.size() < 2) {
                throw new DerException("CscaMasterList: expected version and certList");
            }
            for (Der c : top.get(1).children()) {
                try {
                    certs.add(Cert.parse(c.encoded()));
                } catch (GeneralSecurityException e) {
                    problems.add("certificate in master list skipped: " + e.getMessage());
                }
            }
        } catch (DerException e) {
            problems.add("master list content is malformed: " + e.getMessage());
            return new Result(false, List.of(), problems, signer);
        }
        return new Result(true, List.copyOf(certs), problems, signer);
    }

    static boolean matches(Cert cert, SignerInfo si) {
        if (si.subjectKeyIdentifier() != null) {
            return Arrays.equals(si.subjectKeyIdentifier(), cert.subjectKeyId());
        }
        if (si.serialNumber() == null || !si.serialNumber().equals(cert.serialNumber())) {
            return false;
        }
        try {
            return org.bouncycastle.asn1.x500.X500Name.getInstance(si.issuer()).equals(cert.issuer());
        } catch (RuntimeException e) {
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
