package org.safepassage.mrtd.pa;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.safepassage.mrtd.cms.CmsSignedData;
import org.safepassage.mrtd.cms.CmsSigner;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.cms.SignerVerifier;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.lds.Sod;
import org.safepassage.mrtd.mrz.Countries;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.trust.Cert;
import org.safepassage.mrtd.trust.ChainResult;
import org.safepassage.mrtd.trust.CrlInfo;
import org.safepassage.mrtd.trust.TrustStore;

/**
 * Passive Authentication (Doc 9303 part 11 section 5): SOD profile and signature, DSC chain to a
 * trusted CSCA of the issuing state, validity and revocation, and the hash of every data group.
 * Stateless and thread-safe; DSC validation is cached in the {@link TrustStore} snapshot.
 */
public final class PassiveAuthenticator {

    /** "SHA-256 matches the SOD", once per algorithm rather than once per data group. */
    private static final Map<String, String> MATCHES = Map.of("SHA-1", "SHA-1 matches the SOD",
            "SHA-224", "SHA-224 matches the SOD", "SHA-256", "SHA-256 matches the SOD",
            "SHA-384", "SHA-384 matches the SOD", "SHA-512", "SHA-512 matches the SOD");

    private PassiveAuthenticator() {
    }

    /**
     * @param sodBytes     EF.SOD as read from the chip (with or without the 0x77 tag)
     * @param dataGroups   data group bytes by number (1..16)
     * @param issuingState issuing state from DG1 (MRZ code such as "D", "NLD"), or null if unknown
     * @param at           the verification instant
     * @param store        the trust store snapshot
     */
    public static PaResult verify(byte[] sodBytes, Map<Integer, byte[]> dataGroups, String issuingState,
                                  Instant at, TrustStore store) {
        List<Check> checks = new ArrayList<>(8 + dataGroups.size());
        Sod sod;
        try {
            sod = Sod.read(sodBytes);
        } catch (MalformedException e) {
            checks.add(Check.fail(CheckIds.SOD_PARSE, "EF.SOD is malformed: " + e.getMessage()));
            String why = "not checked: EF.SOD could not be parsed";
            skipAllButParse(checks, why);
            for (Integer n : new TreeSet<>(dataGroups.keySet())) {
                checks.add(Check.skipped(CheckIds.dgHash(n), why));
            }
            return new PaResult(checks, null, null, null, null, null, List.of());
        }
        CmsSignedData sd = sod.signedData();
        if (sd.signers().isEmpty()) {
            checks.add(Check.fail(CheckIds.SOD_PARSE, "EF.SOD has no SignerInfo"));
            String why = "not checked: EF.SOD has no signer";
            skipAllButParse(checks, why);
            for (Integer n : new TreeSet<>(dataGroups.keySet())) {
                checks.add(Check.skipped(CheckIds.dgHash(n), why));
            }
            return new PaResult(checks, null, null, null, null, null, List.copyOf(sod.dataGroupHashes().keySet()));
        }
        String ldsVersion = sod.ldsObjectVersion() == 1 ? "1.8" : "1.7";
        String hashName = sod.hashAlgorithmName(); // JMRTD's name, if it is one of ours
        if (hashName != null && Crypto.digestOid(hashName) == null) {
            hashName = null;
        }
        checks.add(Check.pass(CheckIds.SOD_PARSE, "LDS " + ldsVersion + ", "
                + (hashName != null ? hashName : sod.hashAlgorithm()) + " hashes for data groups "
                + sod.dataGroupHashes().keySet()));

        CmsSigner si = sd.signers().get(0);
        List<String> profileFails = new ArrayList<>();
        List<String> profileWarns = new ArrayList<>();
        profile(sod, si, profileFails, profileWarns);

        // the signer's certificate: embedded, else from the store by issuer+serial or SKI
        Cert dsc = null;
        TrustStore.ValidatedDsc validated = null;
        String dscProblem = null;
        String dscSource = "embedded in the SOD";
        byte[] embedded = pickEmbedded(sd, si, profileWarns);
        if (embedded != null) {
            try {
                validated = store.validate(embedded);
            } catch (GeneralSecurityException | RuntimeException e) {
                dscProblem = "the DSC embedded in the SOD is malformed: " + e.getMessage();
            }
        } else {
            try {
                Cert fromStore = si.subjectKeyIdentifier() != null ? store.findDsc(si.subjectKeyIdentifier())
                        : store.findDsc(si.issuer(), si.serialNumber());
                if (fromStore != null) {
                    validated = store.validate(fromStore);
                    dscSource = "from the trust store";
                }
            } catch (RuntimeException e) {
                dscProblem = "the SOD's signer identifier is malformed: " + e.getMessage();
            }
        }
        if (validated != null) {
            dsc = validated.dsc();
        }

        checks.add(profileCheck(profileFails, profileWarns));

        // SOD signature
        Check sigCheck;
        String sigAlg = null;
        if (dsc == null) {
            sigCheck = dscProblem != null ? Check.fail(CheckIds.SOD_SIGNATURE, dscProblem)
                    : Check.unknown(CheckIds.SOD_SIGNATURE, "no DSC: the SOD embeds none and the trust store has none "
                    + "matching the signer identifier");
        } else {
            SignerVerifier.Result r = SignerVerifier.verify(sd, si, dsc.publicKey());
            sigAlg = r.spec() != null ? r.spec().describe() : null;
            if (!r.valid()) {
                sigCheck = Check.fail(CheckIds.SOD_SIGNATURE, r.detail());
            } else if (!r.deviations().isEmpty()) {
                sigCheck = Check.warn(CheckIds.SOD_SIGNATURE, "valid (" + r.detail() + ", DSC " + dscSource + "); "
                        + String.join("; ", r.deviations()));
            } else {
                sigCheck = Check.pass(CheckIds.SOD_SIGNATURE, "valid: " + r.detail() + ", signed attributes checked, DSC "
                        + dscSource);
            }
        }
        checks.add(sigCheck);

        // DSC chain, validity, revocation
        String cscaSubject = null;
        if (validated == null) {
            String why = dscProblem != null ? "not checked: DSC unreadable" : "not checked: no DSC";
            checks.add(Check.skipped(CheckIds.DSC_CHAIN, why));
            checks.add(Check.skipped(CheckIds.DSC_VALIDITY, why));
            checks.add(Check.skipped(CheckIds.DSC_REVOCATION, why));
        } else {
            ChainResult chain = validated.chain();
            List<Cert> path = choosePath(chain, at);
            checks.add(chainCheck(dsc, chain, path, issuingState));
            checks.add(validityCheck(dsc, path, at));
            checks.add(revocationCheck(dsc, path, at, store));
            if (path != null) {
                cscaSubject = path.get(path.size() - 1).subjectName();
            }
        }

        // data group hashes
        boolean hashesUntrusted = sigCheck.status() == CheckStatus.FAIL;
        boolean signatureUnverified = sigCheck.status() == CheckStatus.UNKNOWN;
        TreeSet<Integer> numbers = new TreeSet<>(sod.dataGroupHashes().keySet());
        numbers.addAll(dataGroups.keySet());
        for (int n : numbers) {
            String id = CheckIds.dgHash(n);
            byte[] expected = sod.dataGroupHashes().get(n);
            byte[] data = dataGroups.get(n);
            if (data == null) {
                checks.add(Check.skipped(id, "DG" + n + " is listed in the SOD but was not supplied (not read)"));
            } else if (expected == null) {
                checks.add(Check.fail(id, "DG" + n + " was supplied but the SOD lists no hash for it"));
            } else if (hashesUntrusted) {
                checks.add(Check.skipped(id, "not compared: the SOD signature is invalid, so its hashes are untrusted"));
            } else if (hashName == null) {
                checks.add(Check.fail(id, "unsupported hash algorithm " + sod.hashAlgorithm()));
            } else {
                byte[] actual;
                try {
                    actual = Crypto.hash(hashName, data);
                } catch (GeneralSecurityException e) {
                    checks.add(Check.fail(id, "hash algorithm " + hashName + " unavailable"));
                    continue;
                }
                if (!MessageDigest.isEqual(expected, actual)) {
                    checks.add(Check.fail(id, hashName + " of DG" + n + " (" + data.length
                            + " bytes) does not match the SOD"));
                } else if (signatureUnverified) {
                    checks.add(Check.unknown(id, hashName + " matches the SOD, but the SOD signature is not verified"));
                } else {
                    checks.add(Check.pass(id, MATCHES.getOrDefault(hashName, hashName + " matches the SOD")));
                }
            }
        }
        return new PaResult(checks, ldsVersion + (sod.ldsVersion() != null ? " (" + sod.ldsVersion() + ")" : ""),
                hashName != null ? hashName : sod.hashAlgorithm(), sigAlg,
                dsc != null ? dsc.subjectName() : null, cscaSubject,
                List.copyOf(sod.dataGroupHashes().keySet()));
    }

    private static void skipAllButParse(List<Check> checks, String why) {
        for (String id : CheckIds.PASSIVE_AUTHENTICATION.subList(1, CheckIds.PASSIVE_AUTHENTICATION.size())) {
            checks.add(Check.skipped(id, why));
        }
    }

    private static void profile(Sod sod, CmsSigner si, List<String> fails, List<String> warns) {
        CmsSignedData sd = sod.signedData();
        if (sd.version() != 3) {
            fails.add("SignedData version is " + sd.version() + ", ICAO requires 3");
        }
        if (CmsSignedData.ID_DATA.equals(sd.contentType())) {
            warns.add("content type is id-data instead of id-icao-mrtd-security-ldsSecurityObject (seen on real documents)");
        } else if (!Sod.ID_LDS_SECURITY_OBJECT.equals(sd.contentType())) {
            fails.add("content type " + sd.contentType() + " is not id-icao-mrtd-security-ldsSecurityObject");
        }
        if (sod.ldsObjectVersion() == 1) {
            if (sod.ldsVersion() == null) {
                fails.add("LDSSecurityObject version 1 (LDS 1.8) without LDSVersionInfo");
            }
        } else if (sod.ldsObjectVersion() == 0) {
            if (sod.versionInfoPresent()) {
                warns.add("LDSSecurityObject version 0 carries LDSVersionInfo");
            }
        } else {
            fails.add("LDSSecurityObject version " + sod.ldsObjectVersion() + " is neither 0 (LDS 1.7) nor 1 (LDS 1.8)");
        }
        if (Crypto.digestName(sod.hashAlgorithm()) == null) {
            fails.add("data group hash algorithm " + sod.hashAlgorithm() + " is not SHA-1/224/256/384/512");
        }
        if (sd.signers().size() > 1) {
            warns.add(sd.signers().size() + " SignerInfos; the first is verified");
        }
        if (!si.hasSignedAttributes()) {
            fails.add("SignerInfo has no signed attributes (ICAO requires content-type and message-digest)");
        }
        if (!sd.digestAlgorithms().contains(si.digestAlgorithm())) {
            warns.add("digestAlgorithms does not list the signer's digest algorithm");
        }
        int expectedSignerVersion = si.subjectKeyIdentifier() != null ? 3 : 1;
        if (si.version() != expectedSignerVersion) {
            warns.add("SignerInfo version " + si.version() + " does not fit its signer identifier");
        }
        if (sod.dataGroupHashes().isEmpty()) {
            fails.add("the SOD lists no data group hashes");
        }
    }

    private static Check profileCheck(List<String> fails, List<String> warns) {
        if (!fails.isEmpty()) {
            List<String> all = new ArrayList<>(fails);
            all.addAll(warns);
            return Check.fail(CheckIds.SOD_PROFILE, String.join("; ", all));
        }
        if (!warns.isEmpty()) {
            return Check.warn(CheckIds.SOD_PROFILE, String.join("; ", warns));
        }
        return Check.pass(CheckIds.SOD_PROFILE, "SignedData version 3, LDS security object, ICAO profile");
    }

    /** The embedded certificate that the signer identifier names (or the only one, with a warning). */
    private static byte[] pickEmbedded(CmsSignedData sd, CmsSigner si, List<String> warns) {
        if (sd.certificates().isEmpty()) {
            return null;
        }
        if (sd.certificates().size() == 1 && si.identifiedByIssuerAndSerial()) {
            // fast path for the usual case: compare the serial without parsing the certificate fully
            return sd.certificates().get(0);
        }
        for (byte[] c : sd.certificates()) {
            try {
                Cert cert = Cert.parse(c);
                if (si.subjectKeyIdentifier() != null
                        ? java.util.Arrays.equals(si.subjectKeyIdentifier(), cert.subjectKeyId())
                        : si.serialNumber().equals(cert.serialNumber()) && si.issuer().equals(cert.issuer())) {
                    return c;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next one
            }
        }
        warns.add("the signer identifier matches none of the embedded certificates; the first is used");
        return sd.certificates().get(0);
    }

    private static List<Cert> choosePath(ChainResult chain, Instant at) {
        if (chain.status() != ChainResult.Status.TRUSTED) {
            return null;
        }
        for (List<Cert> p : chain.paths()) {
            if (p.stream().allMatch(c -> c.isValidAt(at))) {
                return p;
            }
        }
        return chain.paths().get(0);
    }

    private static Check chainCheck(Cert dsc, ChainResult chain, List<Cert> path, String issuingState) {
        switch (chain.status()) {
            case SIGNATURE_INVALID:
                return Check.fail(CheckIds.DSC_CHAIN, chain.detail());
            case NO_ISSUER:
                if (!chain.faults().isEmpty()) {
                    return Check.fail(CheckIds.DSC_CHAIN, String.join("; ", chain.faults()));
                }
                return Check.unknown(CheckIds.DSC_CHAIN, chain.detail());
            default:
                break;
        }
        List<String> faults = new ArrayList<>(chain.faults());
        List<String> warnings = new ArrayList<>(0);
        Cert csca = path.get(path.size() - 1);
        String cscaCountry = csca.country();
        String dscCountry = dsc.country();
        if (cscaCountry == null) {
            faults.add("CSCA has no country (C) in its subject");
        } else {
            if (dscCountry != null && !dscCountry.equals(cscaCountry)) {
                faults.add("DSC country " + dscCountry + " differs from CSCA country " + cscaCountry);
            }
            if (issuingState != null) {
                String expected = Countries.alpha2(issuingState);
                if (expected == null) {
                    faults.add("issuing state " + issuingState.replace('<', ' ').trim() + " is not a known state code");
                } else if (!expected.equals(cscaCountry)) {
                    faults.add("CSCA country " + cscaCountry + " does not match the issuing state "
                            + issuingState.replace('<', ' ').trim() + " (" + expected + ")");
                }
            }
        }
        if (!faults.isEmpty()) {
            return Check.fail(CheckIds.DSC_CHAIN, String.join("; ", faults));
        }
        StringBuilder sb = new StringBuilder("DSC ").append(dsc.subjectName()).append(" signed by CSCA ");
        sb.append(csca.subjectName());
        if (!csca.isSelfSigned()) {
            ChainResult.Link link = chain.links().get(csca);
            if (link != null && link.verifies()) {
                sb.append(", a link certificate from the previous CSCA key, which is also in the trust store and verifies it");
            } else if (link != null && link.issuer() != null) {
                sb.append(", a link certificate: trusted as configured");
                warnings.add("the link certificate's signature does not verify with the key of the CSCA it names ("
                        + link.issuer().describe() + ")");
            } else {
                sb.append(", a link certificate whose issuer (the previous CSCA key) is not in the trust store:"
                        + " trusted as configured");
            }
        }
        sb.append(issuingState != null ? "; CSCA country matches the issuing state" : "; issuing state unknown (no DG1)");
        if (!warnings.isEmpty()) {
            return Check.warn(CheckIds.DSC_CHAIN, sb + "; " + String.join("; ", warnings));
        }
        return Check.pass(CheckIds.DSC_CHAIN, sb.toString());
    }

    private static Check validityCheck(Cert dsc, List<Cert> path, Instant at) {
        List<Cert> certs = path != null ? path : List.of(dsc);
        for (Cert c : certs) {
            if (!c.isValidAt(at)) {
                String role = c == dsc ? "DSC" : c == certs.get(certs.size() - 1) ? "CSCA" : "link certificate";
                return Check.fail(CheckIds.DSC_VALIDITY, role + " is not valid at " + at + " (valid "
                        + c.validity() + ")");
            }
        }
        return Check.pass(CheckIds.DSC_VALIDITY, path != null
                ? "DSC (valid " + dsc.validity() + ") and " + (path.get(path.size() - 1).isSelfSigned() ? "CSCA"
                        : "CSCA link certificate") + " valid at the verification time"
                : "DSC (valid " + dsc.validity() + ") valid at the verification time");
    }

    private static Check revocationCheck(Cert dsc, List<Cert> path, Instant at, TrustStore store) {
        if (path == null) {
            return Check.skipped(CheckIds.DSC_REVOCATION, "not checked: no trusted CSCA");
        }
        List<CrlInfo> crls = store.crlsForIssuerOf(dsc);
        if (crls.isEmpty()) {
            return Check.unknown(CheckIds.DSC_REVOCATION, "no CRL from " + dsc.issuerName() + " in the trust store");
        }
        BigInteger serial = dsc.serialNumber();
        boolean stale = true;
        for (CrlInfo crl : crls) {
            Instant revoked = crl.revocationDate(serial);
            if (revoked != null && !revoked.isAfter(at)) {
                return Check.fail(CheckIds.DSC_REVOCATION, "DSC (serial " + serial.toString(16) + ") revoked on "
                        + revoked + " by the CRL of " + crl.issuer());
            }
            if (crl.nextUpdate() == null || !crl.nextUpdate().isBefore(at)) {
                stale = false;
            }
        }
        return Check.pass(CheckIds.DSC_REVOCATION, "DSC not listed in " + crls.size() + " CRL(s)"
                + (stale ? " (the CRL's next update has passed)" : ""));
    }
}
