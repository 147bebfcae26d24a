package org.safepassage.mrtd.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x500.X500Name;
import org.safepassage.mrtd.lds.ElementaryFiles;

/**
 * An immutable snapshot of trusted CSCAs (self-signed and link certificates, every one a trust
 * anchor), known DSCs (for SODs that do not embed theirs) and verified CRLs, indexed by subject
 * name and key identifier.
 *
 * <p>It caches DSC validation (the CSCAs that verify it), keyed on the DSC's exact bytes: many
 * documents share one DSC. That cache lives and dies with the snapshot, so a reload never serves a
 * trust decision made with the old anchors. What stays true across loads (decoded certificates and
 * keys, verified signatures) is kept in a {@link CertificateMemory} that snapshots may share.
 * Thread-safe.
 */
public final class TrustStore implements TrustStoreSource {

    private static final int MAX_CACHED_DSCS = 8192;

    private final List<Cert> cscas;
    private final Map<String, List<Cert>> cscaBySubject;
    private final Map<ByteKey, List<Cert>> cscaByKeyId;
    private final Map<IssuerSerial, Cert> dscByIssuerSerial;
    private final Map<ByteKey, Cert> dscByKeyId;
    private final Map<String, List<CrlInfo>> crlsByIssuer;
    private final List<String> problems;
    private final Instant loadedAt;
    private final ConcurrentHashMap<ByteKey, ValidatedDsc> dscCache = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Cert, ChainResult.Link> links = new ConcurrentHashMap<>();
    private final CertificateMemory memory;
    private final int maxCachedDscs;

    private record IssuerSerial(String issuer, BigInteger serial) {
    }

    /** A DSC as parsed and validated against this store (time-independent). */
    public record ValidatedDsc(Cert dsc, ChainResult chain) {
    }

    private TrustStore(List<Cert> cscas, List<Cert> dscs, List<CrlInfo> crls, List<String> problems,
                       CertificateMemory memory, int maxCachedDscs) {
        this.memory = memory;
        this.maxCachedDscs = maxCachedDscs;
        this.cscas = List.copyOf(cscas);
        Map<String, List<Cert>> bySubject = new HashMap<>();
        Map<ByteKey, List<Cert>> byKeyId = new HashMap<>();
        for (Cert c : this.cscas) {
            bySubject.computeIfAbsent(c.subjectKey(), k -> new ArrayList<>(2)).add(c);
            if (c.subjectKeyId() != null) {
                byKeyId.computeIfAbsent(new ByteKey(c.subjectKeyId()), k -> new ArrayList<>(2)).add(c);
            }
        }
        this.cscaBySubject = freeze(bySubject);
        this.cscaByKeyId = freeze(byKeyId);
        Map<IssuerSerial, Cert> dIs = new HashMap<>();
        Map<ByteKey, Cert> dKi = new HashMap<>();
        for (Cert d : dscs) {
            dIs.putIfAbsent(new IssuerSerial(d.issuerKey(), d.serialNumber()), d);
            if (d.subjectKeyId() != null) {
                dKi.putIfAbsent(new ByteKey(d.subjectKeyId()), d);
            }
        }
        this.dscByIssuerSerial = Map.copyOf(dIs);
        this.dscByKeyId = Map.copyOf(dKi);
        Map<String, List<CrlInfo>> crlIdx = new HashMap<>();
        for (CrlInfo crl : crls) {
            crlIdx.computeIfAbsent(crl.issuerKey(), k -> new ArrayList<>(1)).add(crl);
        }
        this.crlsByIssuer = freeze(crlIdx);
        this.problems = List.copyOf(problems);
        this.loadedAt = Instant.now();
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> m) {
        Map<K, List<V>> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    public static TrustStore empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public TrustStore current() {
        return this;
    }

    /** All CSCA certificates (self-signed and link certificates). */
    public List<Cert> cscas() {
        return cscas;
    }

    public int dscCount() {
        return dscByIssuerSerial.size();
    }

    public int crlCount() {
        return crlsByIssuer.values().stream().mapToInt(List::size).sum();
    }

    /** What went wrong while loading (files skipped, master lists rejected, CRLs not verifiable). */
    public List<String> problems() {
        return problems;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /** CSCAs that may have issued {@code cert}: by authority key identifier, then by issuer name. */
    public List<Cert> issuersOf(Cert cert) {
        Set<Cert> out = new LinkedHashSet<>();
        byte[] aki = cert.authorityKeyId();
        if (aki != null) {
            out.addAll(cscaByKeyId.getOrDefault(new ByteKey(aki), List.of()));
        }
        out.addAll(cscaBySubject.getOrDefault(cert.issuerKey(), List.of()));
        out.remove(cert);
        return List.copyOf(out);
    }

    /** A DSC from the store, for an SOD that identifies its signer by issuer and serial number. */
    public Cert findDsc(X500Name issuer, BigInteger serial) {
        return dscByIssuerSerial.get(new IssuerSerial(Names.canonical(issuer), serial));
    }

    /** A DSC from the store, for an SOD that identifies its signer by subject key identifier. */
    public Cert findDsc(byte[] subjectKeyId) {
        return subjectKeyId == null ? null : dscByKeyId.get(new ByteKey(subjectKeyId));
    }

    /** Every verified CRL in the store. */
    public List<CrlInfo> crls() {
        return crlsByIssuer.values().stream().flatMap(List::stream).toList();
    }

    /** Verified CRLs issued by {@code issuer}. */
    public List<CrlInfo> crlsFor(X500Name issuer) {
        return crlsByIssuer.getOrDefault(Names.canonical(issuer), List.of());
    }

    /** Verified CRLs issued by the issuer of {@code cert}. */
    public List<CrlInfo> crlsForIssuerOf(Cert cert) {
        return crlsByIssuer.getOrDefault(cert.issuerKey(), List.of());
    }

    /**
     * Parses and validates a DSC (exact bytes), cached for the life of this snapshot. Throws if the
     * bytes are not a certificate (that is not cached).
     */
    public ValidatedDsc validate(byte[] dscEncoded) throws GeneralSecurityException {
        ValidatedDsc v = dscCache.get(new ByteKey(dscEncoded));
        if (v != null) {
            return v;
        }
        return validate(memory.certificate(dscEncoded));
    }

    /** Validates a DSC already parsed (e.g. found in the store), cached on its bytes. */
    public ValidatedDsc validate(Cert dsc) {
        ByteKey key = new ByteKey(dsc.encodedView());
        ValidatedDsc v = dscCache.get(key);
        if (v != null) {
            return v;
        }
        v = new ValidatedDsc(dsc, ChainBuilder.build(dsc, this));
        if (maxCachedDscs > 0) {
            if (dscCache.size() >= maxCachedDscs) {
                dscCache.clear();
            }
            ValidatedDsc raced = dscCache.putIfAbsent(key, v);
            return raced != null ? raced : v;
        }
        return v;
    }

    /** Whether {@code issuer}'s key verifies {@code subject}'s signature (remembered across reloads). */
    boolean signed(Cert issuer, Cert subject) {
        return memory.signed(issuer, subject);
    }

    /**
     * For a link certificate: the CSCA in this store whose key issued it and verifies it; failing
     * that, one its authority key identifier names that does not verify it; else none.
     */
    ChainResult.Link link(Cert link) {
        return links.computeIfAbsent(link, l -> {
            Cert named = null;
            for (Cert up : issuersOf(l)) {
                if (up.keyFingerprint().equals(l.keyFingerprint())) {
                    continue; // the new key's own self-signed certificate
                }
                if (signed(up, l)) {
                    return new ChainResult.Link(up, true);
                }
                if (named == null && ChainBuilder.namesKey(l, up)) {
                    named = up;
                }
            }
            return new ChainResult.Link(named, false);
        });
    }

    /** The memory this snapshot shares with the ones loaded before and after it. */
    public CertificateMemory memory() {
        return memory;
    }

    @Override
    public String toString() {
        return "TrustStore[cscas=" + cscas.size() + ", dscs=" + dscByIssuerSerial.size() + ", crls=" + crlCount()
                + ", problems=" + problems.size() + "]";
    }

    /** Collects certificates, master lists and CRLs; {@link #build()} verifies and indexes them. */
    public static final class Builder {
        private final Map<String, Cert> certs = new LinkedHashMap<>();
        private final List<Cert> masterListSigners = new ArrayList<>();
        private final List<byte[]> masterLists = new ArrayList<>();
        private final List<String> masterListNames = new ArrayList<>();
        private final List<byte[]> crls = new ArrayList<>();
        private final List<String> crlNames = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private Instant at;
        private CertificateMemory memory;
        private int maxCachedDscs = MAX_CACHED_DSCS;

        private Builder() {
        }

        /**
         * Decode certificates with {@code memory}, and let the store use it: certificates seen in an
         * earlier load (and their decoded keys) and the signatures verified then are reused. Call first.
         */
        public Builder memory(CertificateMemory memory) {
            this.memory = memory;
            return this;
        }

        /**
         * How many validated DSCs the store keeps (default 8192); 0 keeps none, so that every
         * document pays for its DSC (benchmarks of that cold path).
         */
        public Builder dscCacheSize(int size) {
            this.maxCachedDscs = size;
            return this;
        }

        private CertificateMemory memory() {
            if (memory == null) {
                memory = new CertificateMemory();
            }
            return memory;
        }

        /** The instant used to judge master list signers (default: now). */
        public Builder at(Instant instant) {
            this.at = instant;
            return this;
        }

        public Builder addCertificate(Cert cert) {
            certs.putIfAbsent(cert.fingerprint(), memory().remember(cert));
            return this;
        }

        /**
         * Adds every certificate in {@code data} (DER, hex, or one or more PEM blocks). A CSCA
         * master list found among certificate files is treated as one (its signature is verified).
         */
        public Builder addCertificate(byte[] data, String source) {
            for (byte[] der : certificateBlocks(data)) {
                try {
                    addCertificate(memory().certificate(der));
                } catch (GeneralSecurityException e) {
                    if (isMasterList(der)) {
                        addMasterList(der, source);
                    } else {
                        problems.add(source + ": " + e.getMessage());
                    }
                }
            }
            return this;
        }

        private static boolean isMasterList(byte[] der) {
            try {
                return MasterList.ID_CSCA_MASTER_LIST.equals(
                        org.safepassage.mrtd.cms.CmsSignedData.parse(der).contentType());
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** A file or a folder (recursively) of certificates. */
        public Builder addCertificates(Path path) {
            for (Path f : files(path)) {
                try {
                    addCertificate(Files.readAllBytes(f), f.toString());
                } catch (IOException e) {
                    problems.add(f + ": cannot read: " + e.getMessage());
                }
            }
            return this;
        }

        /** A trust anchor for master list signatures (usually a CSCA of the state that signs the list). */
        public Builder addMasterListSigner(Cert anchor) {
            masterListSigners.add(anchor);
            return this;
        }

        public Builder addMasterListSigners(Path path) {
            for (Path f : files(path)) {
                try {
                    for (byte[] der : certificateBlocks(Files.readAllBytes(f))) {
                        try {
                            masterListSigners.add(memory().certificate(der));
                        } catch (GeneralSecurityException e) {
                            problems.add(f + ": " + e.getMessage());
                        }
                    }
                } catch (IOException e) {
                    problems.add(f + ": cannot read: " + e.getMessage());
                }
            }
            return this;
        }

        public Builder addMasterList(byte[] data, String source) {
            masterLists.add(ElementaryFiles.decode(data));
            masterListNames.add(source);
            return this;
        }

        public Builder addMasterLists(Path path) {
            for (Path f : files(path)) {
                try {
                    addMasterList(Files.readAllBytes(f), f.toString());
                } catch (IOException e) {
                    problems.add(f + ": cannot read: " + e.getMessage());
                }
            }
            return this;
        }

        public Builder addCrl(byte[] data, String source) {
            for (byte[] der : pemBlocks(data, "X509 CRL")) {
                crls.add(der);
                crlNames.add(source);
            }
            return this;
        }

        public Builder addCrls(Path path) {
            for (Path f : files(path)) {
                try {
                    addCrl(Files.readAllBytes(f), f.toString());
                } catch (IOException e) {
                    problems.add(f + ": cannot read: " + e.getMessage());
                }
            }
            return this;
        }

        public TrustStore build() {
            Instant when = at != null ? at : Instant.now();
            List<String> probs = new ArrayList<>(problems);
            Map<String, Cert> all = new LinkedHashMap<>(certs);
            for (int i = 0; i < masterLists.size(); i++) {
                MasterList.Result r = MasterList.verifyAndExtract(masterLists.get(i), masterListSigners, when, memory());
                String name = masterListNames.get(i);
                r.problems().forEach(p -> probs.add(name + ": " + p));
                for (Cert c : r.certificates()) {
                    all.putIfAbsent(c.fingerprint(), c);
                }
            }
            List<Cert> cscaList = new ArrayList<>();
            List<Cert> dscList = new ArrayList<>();
            for (Cert c : all.values()) {
                (c.isCa() ? cscaList : dscList).add(c);
            }
            List<CrlInfo> verified = new ArrayList<>();
            for (int i = 0; i < crls.size(); i++) {
                String name = crlNames.get(i);
                try {
                    CrlInfo crl = CrlInfo.parse(crls.get(i));
                    boolean ok = false;
                    for (Cert ca : cscaList) {
                        if (ca.subjectKey().equals(crl.issuerKey()) && crl.isSignedBy(ca)) {
                            ok = true;
                            break;
                        }
                    }
                    if (ok) {
                        verified.add(crl);
                    } else {
                        probs.add(name + ": CRL of " + crl.issuer() + " not verifiable with a CSCA in the store; ignored");
                    }
                } catch (GeneralSecurityException e) {
                    probs.add(name + ": " + e.getMessage());
                }
            }
            return new TrustStore(cscaList, dscList, verified, probs, memory(), maxCachedDscs);
        }

        private List<Path> files(Path path) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    return s.filter(Files::isRegularFile).sorted().toList();
                } catch (IOException e) {
                    problems.add(path + ": cannot list: " + e.getMessage());
                    return List.of();
                }
            }
            if (!Files.isRegularFile(path)) {
                problems.add(path + ": no such file");
                return List.of();
            }
            return List.of(path);
        }
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    static List<byte[]> certificateBlocks(byte[] data) {
        return pemBlocks(data, "CERTIFICATE");
    }

    /** PEM blocks of the given type if {@code data} is PEM text, else the (hex-decoded) data itself. */
    static List<byte[]> pemBlocks(byte[] data, String type) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN ")) {
            List<byte[]> out = new ArrayList<>();
            Matcher m = PEM.matcher(text);
            while (m.find()) {
                if (m.group(1).equals(type) || m.group(1).equals("TRUSTED " + type)) {
                    out.add(Base64.getMimeDecoder().decode(m.group(2)));
                }
            }
            return out;
        }
        return List.of(ElementaryFiles.decode(data));
    }
}
