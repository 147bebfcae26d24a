package org.safepassage.ingest.simulator;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.safepassage.mrtd.mrz.Countries;
import org.safepassage.mrtd.specimen.SpecimenIssuer;

/**
 * Makes the demo's specimen trust hierarchy in {@code config/trust/demo/}: for each state the generated travellers
 * come from, a CSCA and a Document Signer (RSA 2048, test keys), the CSCA certificates as one PEM file (the demo's
 * trust anchors) and every key in one PKCS#12 file (what the simulator signs with). Run again only to replace them:
 *
 * <pre>./mvnw -q -pl routes exec:exec -Pbench -Dbench.main=org.safepassage.ingest.simulator.DemoTrustHierarchyMaker -Dbench=config/trust/demo</pre>
 */
public final class DemoTrustHierarchyMaker {

    /** Every nationality the demo flights and the feed simulator give their travellers. */
    static final List<String> STATES = List.of("ALB", "ARE", "AUS", "BEL", "CAN", "CHE", "COL", "DEU", "ESP", "FRA",
            "GBR", "GEO", "GHA", "IND", "ITA", "JPN", "KEN", "MAR", "MDA", "NGA", "NLD", "NOR", "PRT", "ROU", "SWE",
            "THA", "TUR", "UKR", "USA", "UZB");

    private DemoTrustHierarchyMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "config/trust/demo");
        Files.createDirectories(folder);
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        StringBuilder pem = new StringBuilder();
        pem.append("# SafePassage DEMO specimen CSCAs: TEST KEYS, published with their private keys in this repository.\n")
                .append("# Trusted only with safepassage.demo=true. Never put these among a deployment's trust anchors.\n");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant cscaTo = Instant.parse("2045-01-01T00:00:00Z");
        Instant dscTo = Instant.parse("2036-01-01T00:00:00Z");
        char[] password = SpecimenDocuments.PASSWORD.toCharArray();
        for (String state : STATES) {
            String country = Countries.alpha2(state);
            KeyPair cscaKeys = rsa.generateKeyPair();
            X509Certificate csca = SpecimenIssuer.csca(cscaKeys, country, "SafePassage DEMO CSCA " + state + " (TEST KEY)",
                    from, cscaTo);
            KeyPair dscKeys = rsa.generateKeyPair();
            X509Certificate dsc = SpecimenIssuer.documentSigner(dscKeys.getPublic(), cscaKeys.getPrivate(), csca,
                    "SafePassage DEMO DS " + state + " (TEST KEY)", from, dscTo);
            String lower = state.toLowerCase(Locale.ROOT);
            keys.setKeyEntry("csca-" + lower, cscaKeys.getPrivate(), password, new Certificate[] {csca});
            keys.setKeyEntry("dsc-" + lower, dscKeys.getPrivate(), password, new Certificate[] {dsc, csca});
            pem.append("-----BEGIN CERTIFICATE-----\n")
                    .append(Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(csca.getEncoded()))
                    .append("\n-----END CERTIFICATE-----\n");
        }
        Files.writeString(folder.resolve("DEMO-TEST-KEYS-specimen-cscas.pem"), pem.toString(), StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(folder.resolve("DEMO-TEST-KEYS-document-signers.p12"))) {
            keys.store(out, password);
        }
        System.out.println("demo trust hierarchy for " + STATES.size() + " states written to " + folder.toAbsolutePath());
    }
}
