package org.safepassage.mrtd.lds;

import java.security.GeneralSecurityException;
import java.security.PublicKey;

import org.jmrtd.lds.icao.DG15File;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.crypto.PublicKeys;

/** DG15 (Doc 9303 part 11 section 6.1): the Active Authentication public key, decoded by JMRTD's {@link DG15File}. */
public final class Dg15 {

    private Dg15() {
    }

    /**
     * DG15's public key (RSA or EC, named or explicit parameters) as a Bouncy Castle key: JMRTD gives
     * a JDK key where the JDK can decode it, and ECDSA on brainpool curves needs Bouncy Castle.
     */
    public static PublicKey activeAuthenticationKey(byte[] dg15) throws GeneralSecurityException {
        PublicKey key;
        try {
            key = Asn1.decode("DG15 (JMRTD)", () -> new DG15File(LdsInput.of(dg15)).getPublicKey());
        } catch (MalformedException e) {
            throw new GeneralSecurityException("DG15 cannot be decoded: " + e.getMessage(), e);
        }
        if (key == null) {
            throw new GeneralSecurityException("DG15 cannot be decoded: JMRTD found no public key");
        }
        return PublicKeys.normalise(key);
    }
}
