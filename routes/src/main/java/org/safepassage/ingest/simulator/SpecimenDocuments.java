package org.safepassage.ingest.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.mrz.Countries;
import org.safepassage.mrtd.specimen.SpecimenIssuer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Specimen passports for generated travellers, and the document-read events a booth or eGate would send for them:
 * signed by the demo's specimen trust hierarchy (one CSCA and one Document Signer per state, test keys published in
 * this repository's {@code config/trust/demo/}, trusted only with {@code safepassage.demo=true}), valid or with one
 * of the faults border officers must see. Generated identities only.
 */
public final class SpecimenDocuments {

    /** What is wrong with a read document, if anything. */
    public enum Fault {
        /** A genuine document. */
        NONE,
        /** DG1 rewritten after signing (the holder made four years older), the printed MRZ to match: dg1.hash fails. */
        TAMPERED_DG1,
        /** Signed by a Document Signer whose certificate expired years ago: dsc.validity fails. */
        EXPIRED_DSC,
        /** Signed under a CSCA no trust store holds: dsc.chain unknown, the verdict INDETERMINATE. */
        UNKNOWN_ISSUER,
        /** The printed MRZ's document number altered: its check digit and the match with DG1 fail. */
        MRZ_TYPO
    }

    /** The demo's signer keys in the jar (config/trust/demo/ in the repository). */
    public static final String KEYSTORE = "trust/demo/DEMO-TEST-KEYS-document-signers.p12";
    /** The demo keystore's password: published with the keys, which are test keys. */
    public static final String PASSWORD = "demo-test-keys";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, SpecimenIssuer> issuers;
    private final Map<String, SpecimenIssuer.Signer> cscas;
    private final Map<String, SpecimenIssuer> unusual = Collections.synchronizedMap(new HashMap<>());

    private SpecimenDocuments(Map<String, SpecimenIssuer> issuers, Map<String, SpecimenIssuer.Signer> cscas) {
        this.issuers = issuers;
        this.cscas = cscas;
    }

    /** The demo hierarchy from the jar (or the classpath of a test). */
    public static SpecimenDocuments demo() {
        try (InputStream in = SpecimenDocuments.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException("the demo's specimen signer keys are missing from the classpath: " + KEYSTORE);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            Map<String, SpecimenIssuer> issuers = new HashMap<>();
            Map<String, SpecimenIssuer.Signer> cscas = new HashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                PrivateKey key = (PrivateKey) store.getKey(alias, PASSWORD.toCharArray());
                X509Certificate cert = (X509Certificate) store.getCertificate(alias);
                String state = alias.substring(alias.indexOf('-') + 1).toUpperCase(java.util.Locale.ROOT);
                if (alias.startsWith("dsc-")) {
                    issuers.put(state, new SpecimenIssuer(new SpecimenIssuer.Signer(key, cert)));
                } else if (alias.startsWith("csca-")) {
                    cscas.put(state, new SpecimenIssuer.Signer(key, cert));
                }
            }
            return new SpecimenDocuments(Map.copyOf(issuers), Map.copyOf(cscas));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load the demo's specimen signer keys: " + e.getMessage(), e);
        }
    }

    /** The states (alpha-3) this hierarchy issues genuine documents for. */
    public java.util.Set<String> states() {
        return issuers.keySet();
    }

    /** The holder's identity as their specimen passport writes it (issued by the state of their nationality). */
    public static IdentityFields holder(GeneratedTraveller t) {
        String state = Countries.alpha3(t.nationality());
        return new IdentityFields(t.surname(), t.givenName(), t.documentNumber(), state, t.dateOfBirth(), t.sex(),
                t.documentExpiry(), state);
    }

    /**
     * The event a reader sends after reading the traveller's passport at {@code readAt} (JSON, as
     * {@code POST /api/v1/document-reads} takes it).
     *
     * @param flight the flight hint (carrier, number, date), or null for a reader that does not know it
     */
    public byte[] readEvent(GeneratedTraveller traveller, Fault fault, Instant readAt, String readerId, String[] flight) {
        IdentityFields holder = holder(traveller);
        SpecimenIssuer issuer = issuer(holder.issuingState(), fault);
        byte[] face = SpecimenIssuer.silhouetteJpeg(120, 150, traveller.documentNumber().hashCode());
        SpecimenIssuer.Specimen doc = issuer.issue(holder, face, 120, 150);
        Map<Integer, byte[]> groups = new LinkedHashMap<>(doc.dataGroups());
        String printed = doc.printedMrz();
        if (fault == Fault.TAMPERED_DG1) {
            IdentityFields older = new IdentityFields(holder.surname(), holder.givenNames(), holder.documentNumber(),
                    holder.nationality(), holder.dateOfBirth().minusYears(4), holder.sex(), holder.dateOfExpiry(),
                    holder.issuingState());
            byte[] dg1 = SpecimenIssuer.dg1(older);
            groups.put(1, dg1);
            printed = String.join("\n", org.safepassage.mrtd.lds.Dg1.mrzLines(dg1));
        } else if (fault == Fault.MRZ_TYPO) {
            printed = typo(printed, holder.documentNumber());
        }
        ObjectNode event = JSON.createObjectNode();
        event.put("readerId", readerId);
        event.put("readAt", readAt.toString());
        if (flight != null) {
            ObjectNode hint = event.putObject("flightHint");
            hint.put("carrier", flight[0]);
            hint.put("number", flight[1]);
            hint.put("date", flight[2]);
        }
        event.put("mrz", printed);
        ObjectNode files = event.putObject("files");
        Base64.Encoder b64 = Base64.getEncoder();
        files.put("COM", b64.encodeToString(doc.com()));
        files.put("SOD", b64.encodeToString(doc.sod()));
        groups.forEach((n, bytes) -> files.put("DG" + n, b64.encodeToString(bytes)));
        event.put("chipAuthentication", "NOT_PERFORMED");
        return JSON.writeValueAsBytes(event);
    }

    /** One character of the document number in line 2 of the printed MRZ changed (as a forger's or a bad printer's). */
    private static String typo(String printed, String number) {
        String[] lines = printed.split("\n");
        int at = lines[1].indexOf(number);
        int i = at < 0 ? 0 : at + number.length() - 1;
        char c = lines[1].charAt(i);
        char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 3) % 10) : c == 'X' ? 'Y' : 'X';
        lines[1] = lines[1].substring(0, i) + other + lines[1].substring(i + 1);
        return String.join("\n", lines);
    }

    private SpecimenIssuer issuer(String state, Fault fault) {
        if (fault == Fault.UNKNOWN_ISSUER || !issuers.containsKey(state)) {
            return unusual.computeIfAbsent("unknown-" + state, k -> outsideHierarchy(state));
        }
        if (fault == Fault.EXPIRED_DSC) {
            return unusual.computeIfAbsent("expired-" + state, k -> expired(state));
        }
        return issuers.get(state);
    }

    /** A Document Signer of {@code state}'s demo CSCA, valid 2015 to 2019. */
    private SpecimenIssuer expired(String state) {
        SpecimenIssuer.Signer csca = cscas.get(state);
        KeyPair keys = ecKeys();
        X509Certificate dsc = SpecimenIssuer.documentSigner(keys.getPublic(), csca.key(), csca.certificate(),
                "Demo DS " + state + " expired (TEST KEY)", Instant.parse("2015-01-01T00:00:00Z"),
                Instant.parse("2019-12-31T00:00:00Z"));
        return new SpecimenIssuer(new SpecimenIssuer.Signer(keys.getPrivate(), dsc));
    }

    /** A Document Signer under a CSCA made here and trusted nowhere. */
    private static SpecimenIssuer outsideHierarchy(String state) {
        String country = Countries.alpha2(state) != null ? Countries.alpha2(state) : "XX";
        KeyPair cscaKeys = ecKeys();
        Instant from = LocalDate.of(2020, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        Instant to = LocalDate.of(2045, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        X509Certificate csca = SpecimenIssuer.csca(cscaKeys, country, "Unknown CSCA " + state + " (TEST KEY)", from, to);
        KeyPair keys = ecKeys();
        X509Certificate dsc = SpecimenIssuer.documentSigner(keys.getPublic(), cscaKeys.getPrivate(), csca,
                "Unknown DS " + state + " (TEST KEY)", from, to);
        return new SpecimenIssuer(new SpecimenIssuer.Signer(keys.getPrivate(), dsc));
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
