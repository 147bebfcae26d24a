package org.safepassage.mrtd.testing;

/** Key types for test CSCAs, DSCs and Active Authentication keys. */
public enum KeyType {
    RSA_1024("RSA", 1024, null, false),
    RSA_2048("RSA", 2048, null, false),
    /** RSA-2048 whose SubjectPublicKeyInfo says id-RSASSA-PSS instead of rsaEncryption. */
    RSA_2048_PSS_KEY("RSASSA-PSS", 2048, null, false),
    EC_P256("EC", 0, "secp256r1", false),
    BRAINPOOL_P256("EC", 0, "brainpoolP256r1", false),
    BRAINPOOL_P320("EC", 0, "brainpoolP320r1", false),
    BRAINPOOL_P384("EC", 0, "brainpoolP384r1", false),
    BRAINPOOL_P512("EC", 0, "brainpoolP512r1", false),
    /** brainpoolP256r1 written with explicit domain parameters, as some states do. */
    BRAINPOOL_P256_EXPLICIT("EC", 0, "brainpoolP256r1", true),
    /** P-256 written with explicit domain parameters. */
    EC_P256_EXPLICIT("EC", 0, "secp256r1", true);

    final String algorithm;
    final int bits;
    final String curve;
    final boolean explicit;

    KeyType(String algorithm, int bits, String curve, boolean explicit) {
        this.algorithm = algorithm;
        this.bits = bits;
        this.curve = curve;
        this.explicit = explicit;
    }

    public boolean isRsa() {
        return algorithm.startsWith("RSA");
    }
}
