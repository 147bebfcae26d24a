package org.safepassage.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority: a server certificate for 127.0.0.1/localhost and client certificates whose CN
 * names an account, written as PKCS#12 key and trust stores for the service and for test clients. Test keys only.
 */
public final class TestPki {

    public static final char[] PASSWORD = "changeit".toCharArray();
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private final KeyPair caKeys;
    private final X509Certificate ca;
    private final Path dir;

    public TestPki(Path dir, String caName) {
        try {
            Files.createDirectories(dir);
            this.dir = dir;
            this.caKeys = rsa();
            this.ca = certificate("CN=" + caName, caKeys, "CN=" + caName, caKeys.getPrivate(), true, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
                                               boolean ca, String host) throws Exception {
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject), keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (host != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, host), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    /** A PKCS#12 key store with a certificate for {@code subject} signed by this CA (and the CA in its chain). */
    public Path keyStore(String fileName, String subject, boolean server) {
        try {
            KeyPair keys = rsa();
            X509Certificate cert = certificate(subject, keys, ca.getSubjectX500Principal().getName(),
                    caKeys.getPrivate(), false, server ? "localhost" : null);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("key", keys.getPrivate(), PASSWORD, new X509Certificate[] {cert, ca});
            return write(store, fileName);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 trust store holding this CA. */
    public Path trustStore(String fileName) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca);
            return write(store, fileName);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(KeyStore store, String fileName) throws Exception {
        Path file = dir.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    /** A TLS context for a client: its key store (or none) and trust in this CA. */
    public SSLContext clientContext(Path keyStore, Path trustStore) {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            KeyManagerFactory keys = null;
            if (keyStore != null) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                try (var in = Files.newInputStream(keyStore)) {
                    ks.load(in, PASSWORD);
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(ks, PASSWORD);
            }
            KeyStore ts = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(trustStore)) {
                ts.load(in, PASSWORD);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(ts);
            tls.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return tls;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RSA key pair whose public key is written as PEM (for a token issuer's key). */
    public static KeyPair tokenKeys(Path publicKeyPem) {
        try {
            KeyPair keys = rsa();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.createDirectories(publicKeyPem.getParent());
            Files.writeString(publicKeyPem, pem);
            return keys;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
