package org.safepassage.mrtd.specimen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import net.sf.scuba.data.Gender;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jmrtd.lds.LDSFile;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.safepassage.mrtd.DocumentRead;
import org.safepassage.mrtd.crypto.Crypto;
import org.safepassage.mrtd.lds.Dg1;
import org.safepassage.mrtd.lds.IdentityFields;

/**
 * Issues <em>specimen</em> travel documents for demos, simulators and load tests: EF.COM, DG1, DG2 and an EF.SOD
 * signed with a Document Signer key the caller holds (the LDS files written by JMRTD, the SOD by JMRTD's
 * {@link SODFile}), and the certificates of a specimen trust hierarchy. The keys belong to demo or test
 * hierarchies only: a document issued here verifies only against a trust store that holds its specimen CSCA.
 */
public final class SpecimenIssuer {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    /** A Document Signer: its private key and its certificate (issued by a specimen CSCA). */
    public record Signer(PrivateKey key, X509Certificate certificate) {

        public Signer {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(certificate, "certificate");
        }

        @Override
        public String toString() {
            return "Signer[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }

    /**
     * The files of one specimen document as a reader would deliver them, and its printed MRZ.
     *
     * @param dataGroups DG1 and DG2 by number
     */
    public record Specimen(byte[] com, byte[] sod, Map<Integer, byte[]> dataGroups, String printedMrz) {

        public Specimen {
            dataGroups = Map.copyOf(dataGroups);
        }

        /** A read of this document (files and printed MRZ), to complete with the verification instant. */
        public DocumentRead.Builder read() {
            return DocumentRead.builder().com(com).sod(sod).dataGroups(dataGroups).printedMrz(printedMrz);
        }

        @Override
        public String toString() {
            return "Specimen[" + dataGroups.keySet() + "]";
        }
    }

    private final Signer signer;

    public SpecimenIssuer(Signer signer) {
        this.signer = Objects.requireNonNull(signer, "signer");
        Crypto.init();
    }

    /**
     * A passport ("P<") for {@code holder}: every field of {@code holder} but the issuing state's and the names' may
     * be given as the MRZ writes it; names are written in the MRZ's letters (diacritics dropped, spaces as fillers).
     * {@code holder.issuingState()} and {@code nationality()} are three-letter (or Germany's one-letter) MRZ codes.
     */
    public Specimen issue(IdentityFields holder, byte[] faceJpeg, int faceWidth, int faceHeight) {
        try {
            Map<Integer, byte[]> groups = new LinkedHashMap<>();
            groups.put(1, dg1(holder));
            groups.put(2, dg2(faceJpeg, faceWidth, faceHeight, false));
            byte[] com = new COMFile("1.7", "4.0.0", new int[] {LDSFile.EF_DG1_TAG, LDSFile.EF_DG2_TAG}).getEncoded();
            Map<Integer, byte[]> hashes = new LinkedHashMap<>();
            for (Map.Entry<Integer, byte[]> g : groups.entrySet()) {
                hashes.put(g.getKey(), Crypto.hash("SHA-256", g.getValue()));
            }
            String algorithm = "RSA".equals(signer.key().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            byte[] sod = new SODFile("SHA-256", algorithm, hashes, signer.key(), signer.certificate(), "BC").getEncoded();
            String printed = String.join("\n", Dg1.mrzLines(groups.get(1)));
            return new Specimen(com, sod, groups, printed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot issue the specimen document: " + e.getMessage(), e);
        }
    }

    /** DG1 for {@code holder} on its own (e.g. to put in place of a specimen's own and so tamper with it). */
    public static byte[] dg1(IdentityFields holder) {
        try {
            return new DG1File(new MRZInfo("P<", holder.issuingState(), mrzName(holder.surname()),
                    mrzName(holder.givenNames()), holder.documentNumber(), holder.nationality(),
                    YYMMDD.format(holder.dateOfBirth()), gender(holder.sex()), YYMMDD.format(holder.dateOfExpiry()), ""))
                    .getEncoded();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a specimen identity an MRZ can hold: " + e.getClass().getSimpleName(), e);
        }
    }

    /** DG2 (JMRTD) with one ISO/IEC 19794-5 face record holding {@code image} (JPEG, or JPEG 2000 when {@code jpeg2000}). */
    public static byte[] dg2(byte[] image, int width, int height, boolean jpeg2000) {
        try {
            FaceImageInfo face = new FaceImageInfo(Gender.UNSPECIFIED, FaceImageInfo.EyeColor.UNSPECIFIED,
                    0, FaceImageInfo.HAIR_COLOR_UNSPECIFIED, FaceImageInfo.EXPRESSION_UNSPECIFIED, new int[3], new int[3],
                    FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, FaceImageInfo.IMAGE_COLOR_SPACE_RGB24,
                    FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM, 0, 0, new FaceImageInfo.FeaturePoint[0],
                    width, height, new ByteArrayInputStream(image), image.length,
                    jpeg2000 ? FaceImageInfo.IMAGE_DATA_TYPE_JPEG2000 : FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
            return new DG2File(List.of(new FaceInfo(List.of(face)))).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A drawn silhouette (head and shoulders on a plain background, colours from {@code seed}) as a JPEG: the face
     * image of a specimen document, never a photograph of a person.
     */
    public static byte[] silhouetteJpeg(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            java.util.Random random = new java.util.Random(seed);
            g.setColor(new Color(200 + random.nextInt(40), 210 + random.nextInt(30), 220 + random.nextInt(30)));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(60 + random.nextInt(90), 60 + random.nextInt(80), 70 + random.nextInt(80)));
            int head = width * 2 / 5;
            g.fillOval((width - head) / 2, height / 5, head, head * 5 / 4);
            g.fillRoundRect(width / 8, height * 2 / 3, width * 3 / 4, height / 2, width / 3, width / 3);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2));
            g.drawString("SPECIMEN", width / 10, height / 10 + 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * A self-signed specimen CSCA certificate for {@code country} (two letters, as in the subject's C): CA, path
     * length 0, certificate and CRL signing, key identifiers, as Doc 9303 part 12 profiles it.
     */
    public static X509Certificate csca(KeyPair keys, String country, String commonName, Instant from, Instant to) {
        X500Name name = new X500Name("C=" + country + ",O=SafePassage specimen,OU=CSCA,CN=" + commonName);
        return certificate(name, keys.getPublic(), name, keys.getPrivate(), keys.getPublic(), serial(), from, to, true,
                KeyUsage.keyCertSign | KeyUsage.cRLSign, false);
    }

    /** A specimen Document Signer certificate for {@code keys}, issued by the CSCA {@code issuer} with its key. */
    public static X509Certificate documentSigner(PublicKey key, PrivateKey cscaKey, X509Certificate csca,
                                                 String commonName, Instant from, Instant to) {
        X500Name issuer = X500Name.getInstance(csca.getSubjectX500Principal().getEncoded());
        String country = org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(
                issuer.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.C)[0].getFirst().getValue());
        X500Name subject = new X500Name("C=" + country + ",O=SafePassage specimen,OU=Document Signer,CN=" + commonName);
        return certificate(subject, key, issuer, cscaKey, csca.getPublicKey(), serial(), from, to, false,
                KeyUsage.digitalSignature, false);
    }

    /**
     * An X.509 certificate (BC's builder): subject and authority key identifiers, basic constraints for a CA (path
     * length 0), the given key usage bits ({@link KeyUsage}), signed with SHA-256 and the issuer key's algorithm
     * (RSASSA-PSS when {@code pss}).
     */
    public static X509Certificate certificate(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                                              PublicKey issuerPublic, BigInteger serial, Instant from, Instant to,
                                              boolean ca, int keyUsage, boolean pss) {
        return x509(certificateDer(subject, subjectKey, issuer, issuerKey, issuerPublic, serial, from, to, ca, keyUsage, pss));
    }

    /** As {@link #certificate}, DER-encoded (any key, explicit EC parameters included). */
    public static byte[] certificateDer(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                                        PublicKey issuerPublic, BigInteger serial, Instant from, Instant to,
                                        boolean ca, int keyUsage, boolean pss) {
        Crypto.init();
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(to),
                    subject, subjectKey);
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(subjectKey));
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(issuerPublic));
            if (ca) {
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            }
            b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            boolean rsa = "RSA".equals(issuerKey.getAlgorithm());
            String algorithm = rsa ? (pss ? "SHA256withRSAandMGF1" : "SHA256withRSA") : "SHA256withECDSA";
            return b.build(new JcaContentSignerBuilder(algorithm).setProvider(Crypto.BC).build(issuerKey)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue the specimen certificate: " + e.getMessage(), e);
        }
    }

    /** Parses a DER certificate. */
    public static X509Certificate x509(byte[] der) {
        try {
            // Bouncy Castle's factory: the JDK's refuses keys with explicit EC parameters
            return (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong SERIALS =
            new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis());

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static String mrzName(String name) {
        if (name == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", " ").trim();
    }

    private static Gender gender(String sex) {
        if (sex == null) {
            return Gender.UNSPECIFIED;
        }
        String s = sex.trim().toUpperCase(Locale.ROOT);
        return s.startsWith("M") ? Gender.MALE : s.startsWith("F") ? Gender.FEMALE : Gender.UNSPECIFIED;
    }
}
