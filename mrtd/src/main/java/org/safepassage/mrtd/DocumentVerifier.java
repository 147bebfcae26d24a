package org.safepassage.mrtd;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.safepassage.mrtd.aa.ActiveAuthentication;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.crypto.PublicKeys;
import org.safepassage.mrtd.report.ChipProtocols;
import org.safepassage.mrtd.lds.Com;
import org.safepassage.mrtd.lds.Dg1;
import org.safepassage.mrtd.lds.Dg14;
import org.safepassage.mrtd.lds.Dg15;
import org.safepassage.mrtd.lds.Dg1Consistency;
import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.mrz.MrzReader;
import org.safepassage.mrtd.mrz.MrzReading;
import org.safepassage.mrtd.pa.PaResult;
import org.safepassage.mrtd.pa.PassiveAuthenticator;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;
import org.safepassage.mrtd.report.DocumentFacts;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.trust.TrustStore;
import org.safepassage.mrtd.trust.TrustStoreSource;

/**
 * Verifies one travel document read: Passive Authentication, the decoding of the other elementary
 * files (JMRTD, {@code lds.decode}), Active Authentication, the printed MRZ's own checks
 * ({@code mrz.*}, via {@link MrzReader}), consistency of DG1 with the printed MRZ and with airline data. Construct one per trust store source and
 * call {@link #verify} from any number of threads: it is stateless apart from the trust store's
 * DSC cache. Never throws on malformed input: that becomes a FAIL check.
 */
public final class DocumentVerifier {

    private final TrustStoreSource trust;
    private final boolean requireRevocation;

    /** A verifier that accepts a DSC without a CRL for its issuer (dsc.revocation UNKNOWN does not block VALID). */
    public DocumentVerifier(TrustStoreSource trust) {
        this(trust, false);
    }

    /**
     * @param requireRevocation when true, a DSC whose issuer has no CRL in the store makes the
     *                          verdict INDETERMINATE instead of VALID
     */
    public DocumentVerifier(TrustStoreSource trust, boolean requireRevocation) {
        this.trust = Objects.requireNonNull(trust, "trust");
        this.requireRevocation = requireRevocation;
        Crypto.init();
    }

    public VerificationReport verify(DocumentRead read) {
        Objects.requireNonNull(read, "read");
        Instant at = read.at() != null ? read.at() : Instant.now();
        Map<Integer, byte[]> dgs = read.dataGroups();
        List<Check> checks = new ArrayList<>(20);
        TrustStore store = trust.current();
        LdsDecoding lds = new LdsDecoding();

        // DG1: the document's claims (issuing state for the CSCA country check)
        byte[] dg1 = dgs.get(1);
        Dg1 dg1File = null;
        String dg1Problem = null;
        if (dg1 != null) {
            try {
                dg1File = Dg1.read(dg1);
                lds.decoded("DG1", dg1File.jmrtdProblem());
            } catch (MalformedException e) {
                dg1Problem = "DG1 cannot be decoded: " + e.getMessage();
                lds.failed(dg1Problem);
            }
        }
        String issuingState = dg1File != null ? dg1File.issuingState() : null;

        // Passive Authentication
        PaResult pa = null;
        if (read.sod() != null) {
            pa = PassiveAuthenticator.verify(read.sod(), dgs, issuingState, at, store);
            checks.addAll(pa.checks());
        } else {
            String why = "not checked: no EF.SOD supplied";
            for (String id : CheckIds.PASSIVE_AUTHENTICATION) {
                checks.add(Check.skipped(id, why));
            }
            for (int n : new TreeSet<>(dgs.keySet())) {
                checks.add(Check.skipped(CheckIds.dgHash(n), "not verified: no EF.SOD supplied"));
            }
        }

        // the other elementary files: EF.COM, DG14 (chip protocols), DG15 (Active Authentication key)
        if (read.com() != null) {
            try {
                Com com = Com.read(read.com());
                lds.decoded("EF.COM (LDS " + com.ldsVersion() + ")", null);
                if (pa != null && !pa.dataGroupsInSod().isEmpty()) {
                    lds.warnIfDifferent(com.dataGroups(), pa.dataGroupsInSod());
                }
            } catch (MalformedException e) {
                lds.failed("EF.COM cannot be decoded: " + e.getMessage());
            }
        }
        ChipProtocols protocols = null;
        byte[] dg14 = dgs.get(14);
        if (dg14 != null) {
            try {
                Dg14 file = Dg14.read(dg14);
                protocols = file.protocols();
                lds.decoded("DG14", file.jmrtdProblem());
            } catch (MalformedException e) {
                lds.failed("DG14 cannot be decoded: " + e.getMessage());
            }
        }
        PublicKey aaKey = null;
        String aaKeyProblem = null;
        byte[] dg15 = dgs.get(15);
        if (dg15 != null) {
            try {
                aaKey = Dg15.activeAuthenticationKey(dg15);
                lds.decoded("DG15 (" + PublicKeys.describe(aaKey) + ")", null);
            } catch (GeneralSecurityException e) {
                aaKeyProblem = e.getMessage();
                lds.failed(aaKeyProblem);
            }
        }
        checks.add(lds.check());

        // the printed MRZ on its own (check digits, format), then DG1 against it and against airline data
        LocalDate referenceDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
        boolean printed = read.printedMrz() != null && !read.printedMrz().isBlank();
        MrzReading printedReading = null;
        if (printed) {
            printedReading = MrzReader.read(read.printedMrz(), referenceDate);
            checks.addAll(printedReading.checks());
        }
        if (dg1 == null) {
            checks.add(Check.skipped(CheckIds.DG1_MRZ_MATCH, "no DG1 supplied"));
        } else if (dg1File == null) {
            checks.add(Check.fail(CheckIds.DG1_MRZ_MATCH, dg1Problem));
        } else if (!printed) {
            checks.add(Check.skipped(CheckIds.DG1_MRZ_MATCH, "no printed MRZ supplied"));
        } else {
            checks.add(Dg1Consistency.printedMrz(dg1, read.printedMrz(), referenceDate));
        }
        checks.addAll(airlineDataChecks(read.identity(), dg1File, printedReading, referenceDate));

        checks.add(activeAuthentication(read, dg15, aaKey, aaKeyProblem, protocols));
        checks.add(chipAuthentication(read.chipAuthentication(), protocols));

        DocumentFacts facts = new DocumentFacts(
                issuingState != null ? issuingState.replace("<", "") : null,
                dg1File != null ? dg1File.documentCode() : null,
                dg1File != null ? dg1File.documentNumber() : null,
                pa != null ? pa.ldsVersion() : null,
                pa != null ? pa.hashAlgorithm() : null,
                pa != null ? pa.signatureAlgorithm() : null,
                pa != null ? pa.dscSubject() : null,
                pa != null ? pa.cscaSubject() : null,
                pa != null ? pa.dataGroupsInSod() : List.of(),
                List.copyOf(dgs.keySet()),
                protocols,
                dgs.containsKey(15),
                at);
        return VerificationReport.of(checks, facts, requireRevocation);
    }

    /**
     * The read against the airline's data for the traveller ({@code dg1.api-match}, {@code mrz.api-match}),
     * for a caller that learns who the traveller is after verifying (e.g. once the read is joined to a passenger
     * list): replace these two checks in the report with {@link VerificationReport#withChecks}. Cheap: no signature
     * is verified again.
     */
    public static List<Check> airlineDataChecks(DocumentRead read, IdentityFields airline) {
        Instant at = read.at() != null ? read.at() : Instant.now();
        LocalDate referenceDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Dg1 dg1File = null;
        byte[] dg1 = read.dataGroups().get(1);
        if (dg1 != null) {
            try {
                dg1File = Dg1.read(dg1);
            } catch (MalformedException e) {
                dg1File = null;
            }
        }
        MrzReading printed = read.printedMrz() != null && !read.printedMrz().isBlank()
                ? MrzReader.read(read.printedMrz(), referenceDate) : null;
        return airlineDataChecks(airline, dg1File, printed, referenceDate);
    }

    private static List<Check> airlineDataChecks(IdentityFields airline, Dg1 dg1, MrzReading printed,
                                                 LocalDate referenceDate) {
        if (airline == null) {
            return List.of(Check.skipped(CheckIds.DG1_API_MATCH, "no airline data to compare with"),
                    Check.skipped(CheckIds.MRZ_API_MATCH, "no airline data to compare with"));
        }
        Check chip = dg1 == null ? Check.skipped(CheckIds.DG1_API_MATCH, "no readable DG1 to compare with")
                : Dg1Consistency.identity(dg1.mrz(referenceDate), airline);
        Check ocr = printed == null ? Check.skipped(CheckIds.MRZ_API_MATCH, "no printed MRZ supplied")
                : printed.data() == null ? Check.skipped(CheckIds.MRZ_API_MATCH, "the printed MRZ could not be read")
                : Dg1Consistency.printedIdentity(printed.data(), airline);
        return List.of(chip, ocr);
    }

    private static Check chipAuthentication(DocumentRead.ReaderResult result, ChipProtocols protocols) {
        boolean offered = protocols != null && protocols.chipAuthentication();
        if (result == null || result == DocumentRead.ReaderResult.NOT_PERFORMED) {
            return Check.skipped(CheckIds.CA_READER, (result == null ? "not reported by the reader" : "not performed by the reader")
                    + (offered ? " (the chip offers Chip Authentication in DG14)" : ""));
        }
        if (result == DocumentRead.ReaderResult.FAILED) {
            return Check.fail(CheckIds.CA_READER, "the reader reports that Chip Authentication failed: the chip may be a copy");
        }
        return Check.pass(CheckIds.CA_READER, "the reader reports that Chip Authentication passed (not re-checked here)");
    }

    private static Check activeAuthentication(DocumentRead read, byte[] dg15, PublicKey key, String keyProblem,
                                              ChipProtocols protocols) {
        boolean performed = read.aaChallenge() != null && read.aaResponse() != null;
        if (dg15 == null) {
            return performed ? Check.unknown(CheckIds.AA_SIGNATURE, "challenge and response supplied but no DG15 key")
                    : Check.skipped(CheckIds.AA_SIGNATURE, "no DG15: the chip does not offer Active Authentication");
        }
        if (!performed) {
            return Check.skipped(CheckIds.AA_SIGNATURE,
                    "the chip supports Active Authentication (DG15) but no challenge/response was supplied");
        }
        if (key == null) {
            return Check.fail(CheckIds.AA_SIGNATURE, keyProblem);
        }
        return ActiveAuthentication.verify(key, read.aaChallenge(), read.aaResponse(),
                protocols != null ? protocols.aaSignatureAlgorithm() : null);
    }

    /** The {@code lds.decode} check: what JMRTD decoded, where a fallback was needed, what failed. */
    private static final class LdsDecoding {
        private final List<String> decoded = new ArrayList<>(4);
        private final List<String> warnings = new ArrayList<>(1);
        private final List<String> failures = new ArrayList<>(1);

        void decoded(String file, String fallback) {
            decoded.add(file);
            if (fallback != null) {
                warnings.add(fallback);
            }
        }

        void failed(String problem) {
            failures.add(problem);
        }

        /** EF.COM is not signed: a list that differs from the SOD's is worth a look, not a failure. */
        void warnIfDifferent(List<Integer> com, List<Integer> sod) {
            List<Integer> onlyCom = new ArrayList<>(com);
            onlyCom.removeAll(sod);
            List<Integer> onlySod = new ArrayList<>(sod);
            onlySod.removeAll(com);
            if (!onlyCom.isEmpty()) {
                warnings.add("EF.COM lists data group(s) " + onlyCom + " that the SOD does not");
            }
            if (!onlySod.isEmpty()) {
                warnings.add("the SOD lists data group(s) " + onlySod + " that EF.COM does not (EF.COM is not signed)");
            }
        }

        Check check() {
            if (!failures.isEmpty()) {
                List<String> all = new ArrayList<>(failures);
                all.addAll(warnings);
                return Check.fail(CheckIds.LDS_DECODE, String.join("; ", all));
            }
            if (decoded.isEmpty()) {
                return Check.skipped(CheckIds.LDS_DECODE, "no EF.COM, DG1, DG14 or DG15 supplied");
            }
            String done = String.join(", ", decoded) + " decoded by JMRTD";
            if (!warnings.isEmpty()) {
                return Check.warn(CheckIds.LDS_DECODE, done + "; " + String.join("; ", warnings));
            }
            return Check.pass(CheckIds.LDS_DECODE, done);
        }
    }
}
