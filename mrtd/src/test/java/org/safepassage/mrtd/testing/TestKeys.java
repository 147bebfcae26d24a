package org.safepassage.mrtd.testing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.safepassage.mrtd.crypto.Crypto;

/**
 * Test key pairs, generated once per (type, slot) and reused across tests: RSA generation is slow
 * and the machine is shared. Different slots give different keys (for wrong-key and clone faults).
 */
public final class TestKeys {

    private static final Map<String, KeyPair> POOL = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static KeyPair get(KeyType type, int slot) {
        return POOL.computeIfAbsent(type + "/" + slot, k -> generate(type));
    }

    public static KeyPair get(KeyType type) {
        return get(type, 0);
    }

    private static KeyPair generate(KeyType type) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(type.algorithm, Crypto.BC);
            if (type.isRsa()) {
                g.initialize(type.bits, RANDOM);
            } else {
                g.initialize(new ECGenParameterSpec(type.curve), RANDOM);
            }
            KeyPair kp = g.generateKeyPair();
            if (type.explicit) {
                ECPublicKey pub = (ECPublicKey) kp.getPublic();
                ECParameterSpec named = pub.getParameters();
                ECParameterSpec explicit = new ECParameterSpec(named.getCurve(), named.getG(), named.getN(), named.getH(),
                        named.getSeed());
                PublicKey p = KeyFactory.getInstance("EC", Crypto.BC)
                        .generatePublic(new ECPublicKeySpec(pub.getQ(), explicit));
                kp = new KeyPair(p, kp.getPrivate());
            }
            return kp;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
