package org.safepassage.mrtd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.safepassage.mrtd.testing.KeyType;
import org.safepassage.mrtd.testing.TestCa;
import org.safepassage.mrtd.testing.TestDocumentFactory;
import org.safepassage.mrtd.testing.TestDocumentFactory.TestDocument;

/**
 * Documents for the cold path: a CSCA's history under one name (four keys, each self-signed, and
 * the link certificates between them), and documents each signed by a new DSC certificate of the
 * newest key (one DSC key, a new certificate and serial number per document).
 *
 * @param history  the CSCA certificates, oldest first, self-signed and link certificates
 * @param current  the newest CSCA key, which issues the DSCs
 * @param documents the documents
 */
public record ColdPathDocuments(List<byte[]> history, TestCa current, List<TestDocument> documents) {

    public static ColdPathDocuments make(KeyType type, int count) {
        TestCa[] keys = new TestCa[4];
        keys[0] = TestCa.create("DE", type, 40);
        List<byte[]> history = new ArrayList<>();
        history.add(keys[0].certificate());
        for (int k = 1; k < keys.length; k++) {
            keys[k] = keys[k - 1].rollover(type, 40 + k);
            history.add(keys[k].certificate());
            history.add(keys[k - 1].linkCertificateFor(keys[k]));
        }
        TestCa current = keys[keys.length - 1];
        List<TestDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TestCa.TestDsc dsc = current.issueDsc(type, 0, TestCa.DEFAULT_FROM, TestCa.DEFAULT_TO, false);
            docs.add(TestDocumentFactory.spec().signedBy(dsc).aa(null).dg2Size(40_000).build());
        }
        return new ColdPathDocuments(List.copyOf(history), current, List.copyOf(docs));
    }

    /**
     * Writes the documents for a verifier outside the JVM (the OpenSSL comparison,
     * {@code mrtd/src/test/python/openssl_cold_path.py}): {@code csca.der} (the newest key's
     * self-signed certificate), and per document {@code N.sod} (EF.SOD) and {@code N.dgM} (data groups).
     *
     * <p>Run: {@code java -cp <test classpath> org.safepassage.mrtd.bench.ColdPathDocuments DIR KEYTYPE COUNT}
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        ColdPathDocuments d = make(KeyType.valueOf(args[1]), Integer.parseInt(args[2]));
        Files.write(dir.resolve("csca.der"), d.current().certificate());
        for (int i = 0; i < d.documents().size(); i++) {
            TestDocument doc = d.documents().get(i);
            Files.write(dir.resolve(i + ".sod"), doc.sod());
            for (Map.Entry<Integer, byte[]> e : doc.dataGroups().entrySet()) {
                Files.write(dir.resolve(i + ".dg" + e.getKey()), e.getValue());
            }
        }
        System.out.println(d.documents().size() + " documents written to " + dir);
    }
}
