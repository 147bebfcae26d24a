package org.safepassage.mrtd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.Fault;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;

/** The command line: JSON on standard output and the exit codes. */
class MrtdCliTest {

    @TempDir
    Path dir;

    record Result(int code, JsonNode json, String err) {
        String status(String id) {
            for (JsonNode c : json.get("checks")) {
                if (c.get("id").asText().equals(id)) {
                    return c.get("status").asText();
                }
            }
            return null;
        }
    }

    static Result run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MrtdCli.run(args, new PrintWriter(out), new PrintWriter(err));
        JsonNode json = out.toString().isBlank() ? null : new ObjectMapper().readTree(out.toString());
        return new Result(code, json, err.toString());
    }

    private List<String> write(TestDocument doc, boolean withCsca, boolean hex) throws Exception {
        List<String> args = new ArrayList<>(List.of("verify"));
        Path sod = dir.resolve("EF_SOD.bin");
        Files.write(sod, doc.sod());
        args.addAll(List.of("--sod", sod.toString()));
        for (var e : doc.dataGroups().entrySet()) {
            Path f = dir.resolve("EF_DG" + e.getKey() + (hex ? ".hex" : ".bin"));
            if (hex) {
                Files.writeString(f, HexFormat.of().withUpperCase().formatHex(e.getValue()) + "\n");
            } else {
                Files.write(f, e.getValue());
            }
            args.addAll(List.of("--dg", e.getKey() + "=" + f));
        }
        if (withCsca) {
            Path csca = Files.createDirectories(dir.resolve("csca"));
            Files.write(csca.resolve("csca.der"), doc.csca().certificate());
            args.addAll(List.of("--csca", csca.toString()));
        }
        args.addAll(List.of("--at", "2025-06-01", "--mrz", doc.printedMrz().replace("\n", "\\n"),
                "--aa-challenge", HexFormat.of().formatHex(doc.aaChallenge()),
                "--aa-response", HexFormat.of().formatHex(doc.aaResponse())));
        return args;
    }

    @Test
    void validDocumentExitsZeroWithJsonReport() throws Exception {
        Result r = run(write(TestDocumentFactory.spec().build(), true, false).toArray(String[]::new));

        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.json().get("verdict").asText()).isEqualTo("VALID");
        assertThat(r.status("sod.signature")).isEqualTo("PASS");
        assertThat(r.status("aa.signature")).isEqualTo("PASS");
        assertThat(r.status("dg1.mrz-match")).isEqualTo("PASS");
        assertThat(r.json().get("facts").get("issuingState").asText()).isEqualTo("D");
    }

    @Test
    void hexFilesAndATamperedDocumentExitOne() throws Exception {
        Result r = run(write(TestDocumentFactory.spec().fault(Fault.TAMPERED_DG).build(), true, true)
                .toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.json().get("verdict").asText()).isEqualTo("INVALID");
        assertThat(r.json().get("failedChecks").get(0).asText()).isEqualTo("dg2.hash");
    }

    @Test
    void masterListVerifiedAgainstACscaGivenOnTheCommandLine() throws Exception {
        TestDocument doc = TestDocumentFactory.spec().build();
        org.safepassage.mrtd.testing.TestCa signerCsca = org.safepassage.mrtd.testing.TestCa.create("DE",
                org.safepassage.mrtd.testing.KeyType.EC_P256, 3);
        byte[] ml = org.safepassage.mrtd.testing.TestMasterList.build(
                org.safepassage.mrtd.testing.TestMasterList.signer(signerCsca, 0), List.of(doc.csca().certificate()),
                true, false);
        Path mlFile = dir.resolve("de.ml");
        Files.write(mlFile, ml);
        Path anchor = dir.resolve("ml-anchor.der");
        Files.write(anchor, signerCsca.certificate());
        List<String> args = write(doc, false, false);
        args.addAll(List.of("--csca", anchor.toString(), "--master-list", mlFile.toString()));

        Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.json().toString()).isEqualTo(0);
        assertThat(r.json().get("trustStore").get("cscas").asInt()).isEqualTo(2);
    }

    @Test
    void aLinkCertificateGivenWithCscaIsATrustAnchor() throws Exception {
        org.safepassage.mrtd.testing.TestCa old = org.safepassage.mrtd.testing.TestCa.create("DE",
                org.safepassage.mrtd.testing.KeyType.RSA_2048, 10);
        org.safepassage.mrtd.testing.TestCa renewed = old.rollover(org.safepassage.mrtd.testing.KeyType.BRAINPOOL_P256, 0);
        TestDocument doc = TestDocumentFactory.spec()
                .signedBy(renewed.issueDsc(org.safepassage.mrtd.testing.KeyType.EC_P256)).build();
        Path link = dir.resolve("de-link.der");
        Files.write(link, old.linkCertificateFor(renewed));
        List<String> args = write(doc, false, false);
        args.addAll(List.of("--csca", link.toString()));

        Result r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.json().toString()).isEqualTo(0);
        assertThat(r.status("dsc.chain")).isEqualTo("PASS");
        assertThat(r.json().get("checks").toString()).contains("a link certificate whose issuer");
    }

    @Test
    void noCscaExitsTwo() throws Exception {
        Result r = run(write(TestDocumentFactory.spec().build(), false, false).toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.status("dsc.chain")).isEqualTo("UNKNOWN");
    }

    @Test
    void bsiReferenceFilesAsHex() throws Exception {
        Path sod = dir.resolve("sod.hex");
        Path dg1 = dir.resolve("dg1.hex");
        Files.write(sod, TestData.bytes("bsi_tr03105_hjp_EF_SOD.hex"));
        Files.write(dg1, TestData.bytes("bsi_tr03105_hjp_EF_DG1.hex"));
        Result r = run("verify", "--sod", sod.toString(), "--dg", "1=" + dg1, "--at", "2014-06-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.status("sod.signature")).isEqualTo("PASS");
        assertThat(r.status("dg1.hash")).isEqualTo("PASS");
    }

    @Test
    void withoutSodPassiveAuthenticationIsSkippedButAaIsChecked() throws Exception {
        TestDocument doc = TestDocumentFactory.spec().build();
        Path dg15 = dir.resolve("dg15.bin");
        Files.write(dg15, doc.dataGroups().get(15));
        Result r = run("verify", "--dg", "15=" + dg15, "--aa-challenge", HexFormat.of().formatHex(doc.aaChallenge()),
                "--aa-response", HexFormat.of().formatHex(doc.aaResponse()));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.status("sod.signature")).isEqualTo("SKIPPED");
        assertThat(r.status("aa.signature")).isEqualTo("PASS");
    }

    @Test
    void mrzSubcommandChecksAPrintedMrz() throws Exception {
        String[] eriksson = TestData.text("icao9303_p4_td3_UTO_eriksson.mrz").strip().split("\n");
        Result ok = run("mrz", eriksson[0], eriksson[1]);
        assertThat(ok.code()).isEqualTo(0);
        assertThat(ok.json().get("verdict").asText()).isEqualTo("VALID");
        assertThat(ok.json().get("format").asText()).isEqualTo("TD3");
        assertThat(ok.status("mrz.composite")).isEqualTo("PASS");

        String bad = eriksson[1].substring(0, 19) + "3" + eriksson[1].substring(20); // date of birth check digit
        Result wrong = run("mrz", eriksson[0], bad);
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.status("mrz.date-of-birth")).isEqualTo("FAIL");

        Result notMrz = run("mrz", "hello", "world");
        assertThat(notMrz.code()).isEqualTo(1);
        assertThat(notMrz.status("mrz.format")).isEqualTo("FAIL");

        assertThat(run("mrz").code()).isEqualTo(3);
        assertThat(run("mrz", "a", "b", "c", "d").code()).isEqualTo(3);
    }

    @Test
    void verifyWithAPrintedMrzReportsItsChecks() throws Exception {
        Result r = run(write(TestDocumentFactory.spec().build(), true, false).toArray(String[]::new));
        assertThat(r.status("mrz.format")).isEqualTo("PASS");
        assertThat(r.status("mrz.composite")).isEqualTo("PASS");
    }

    @Test
    void verifyWithoutAnyFileIsAUsageErrorNotAnIndeterminateDocument() throws Exception {
        Result r = run("verify");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.json()).isNull();
        assertThat(r.err()).contains("nothing to verify").contains("Usage:");
        assertThat(run("verify", "--at", "2025-06-01").code()).isEqualTo(3);
    }

    @Test
    void usageErrorsExitThree() throws Exception {
        assertThat(run().code()).isEqualTo(3);
        Result at = run("verify", "--at", "yesterday");
        assertThat(at.code()).isEqualTo(3);
        assertThat(at.err()).contains("--at: expected YYYY-MM-DD");
        assertThat(run("verify", "--sod", dir.resolve("missing").toString()).code()).isEqualTo(3);
        Result aa = run("verify", "--aa-challenge", "0102");
        assertThat(aa.code()).isEqualTo(3);
        assertThat(aa.err()).contains("go together");
        assertThat(run("verify", "--bogus").code()).isEqualTo(3);
        assertThat(run("frobnicate").code()).isEqualTo(3);
    }
}
