package org.safepassage.mrtd.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.DocumentVerifier;
import org.safepassage.mrtd.lds.ElementaryFiles;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.trust.TrustStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code verify}: Passive and Active Authentication and consistency of one document's files. */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Verifies a travel document's chip files and prints the report as JSON.",
                "Files are binary elementary files or hex text; certificates PEM or DER.",
                "Exit code: 0 VALID, 1 INVALID, 2 INDETERMINATE, 3 usage error."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sod", paramLabel = "FILE", description = "EF.SOD")
    Path sod;

    @Option(names = "--com", paramLabel = "FILE", description = "EF.COM")
    Path com;

    @Option(names = "--dg", paramLabel = "N=FILE", description = "data group N (1..16), repeatable")
    Map<Integer, Path> dataGroups = new LinkedHashMap<>();

    @Option(names = "--csca", paramLabel = "FILE|DIR", description = "CSCA certificates (also trusted as master list signers' issuers), repeatable")
    List<Path> cscas = new ArrayList<>();

    @Option(names = "--master-list", paramLabel = "FILE", description = "CSCA master list (.ml), repeatable; "
            + "its signer must be issued by a --csca or --master-list-signer certificate")
    List<Path> masterLists = new ArrayList<>();

    @Option(names = "--master-list-signer", paramLabel = "FILE|DIR", description = "trust anchors for master list signatures")
    List<Path> masterListSigners = new ArrayList<>();

    @Option(names = "--crl", paramLabel = "FILE|DIR", description = "CRLs, repeatable")
    List<Path> crls = new ArrayList<>();

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", description = "verification instant (a date means 12:00 UTC that day; an ISO instant is accepted too); default now")
    String at;

    @Option(names = "--mrz", paramLabel = "TEXT", description = "the printed MRZ (OCR), lines separated by newlines or '\\n'")
    String mrz;

    @Option(names = "--aa-challenge", paramLabel = "HEX")
    String aaChallenge;

    @Option(names = "--aa-response", paramLabel = "HEX")
    String aaResponse;

    @Override
    public Integer call() throws IOException {
        if ((aaChallenge == null) != (aaResponse == null)) {
            throw new ParameterException(spec.commandLine(), "--aa-challenge and --aa-response go together");
        }
        Instant instant = parseAt();
        if (sod == null && com == null && dataGroups.isEmpty() && mrz == null) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to verify: give --sod and --dg files (or at least --mrz)");
        }
        DocumentRead.Builder read = DocumentRead.builder().at(instant);
        if (sod != null) {
            read.sod(readFile(sod));
        }
        if (com != null) {
            read.com(readFile(com));
        }
        for (Map.Entry<Integer, Path> e : dataGroups.entrySet()) {
            if (e.getKey() < 1 || e.getKey() > 16) {
                throw new ParameterException(spec.commandLine(), "--dg: data group number must be 1..16, not " + e.getKey());
            }
            read.dataGroup(e.getKey(), readFile(e.getValue()));
        }
        if (mrz != null) {
            read.printedMrz(mrz.replace("\\n", "\n"));
        }
        if (aaChallenge != null) {
            read.activeAuthentication(hex("--aa-challenge", aaChallenge), hex("--aa-response", aaResponse));
        }
        TrustStore.Builder tb = TrustStore.builder();
        for (Path p : cscas) {
            exists(p);
            tb.addCertificates(p);
            tb.addMasterListSigners(p);
        }
        for (Path p : masterListSigners) {
            exists(p);
            tb.addMasterListSigners(p);
        }
        for (Path p : masterLists) {
            exists(p);
            tb.addMasterLists(p);
        }
        for (Path p : crls) {
            exists(p);
            tb.addCrls(p);
        }
        TrustStore store = tb.build();
        VerificationReport report = new DocumentVerifier(store).verify(read.build());
        spec.commandLine().getOut().println(ReportJson.write(ReportJson.of(report, store)));
        spec.commandLine().getOut().flush();
        return switch (report.verdict()) {
            case VALID -> MrtdCli.EXIT_VALID;
            case INVALID -> MrtdCli.EXIT_INVALID;
            case INDETERMINATE -> MrtdCli.EXIT_INDETERMINATE;
        };
    }

    private Instant parseAt() {
        if (at == null) {
            return Instant.now();
        }
        try {
            if (at.length() == 10) {
                return LocalDate.parse(at).atTime(12, 0).toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--at: expected YYYY-MM-DD, not '" + at + "'");
        }
    }

    private byte[] hex(String option, String value) {
        try {
            return HexFormat.of().parseHex(value.replaceAll("[\\s:]", ""));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": not hexadecimal");
        }
    }

    private void exists(Path p) {
        if (!Files.exists(p)) {
            throw new ParameterException(spec.commandLine(), "no such file or folder: " + p);
        }
    }

    private byte[] readFile(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + p);
        }
        return ElementaryFiles.read(p);
    }
}
