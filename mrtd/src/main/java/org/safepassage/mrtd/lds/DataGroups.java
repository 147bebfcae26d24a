package org.safepassage.mrtd.lds;

import java.security.GeneralSecurityException;
import java.security.PublicKey;

import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.crypto.PublicKeys;

/** Decoding DG15's Active Authentication public key (DG1: {@link Dg1Mrz}; DG14: {@link ChipProtocols}). */
public final class DataGroups {

    private static final int DG15_TAG = 0x6F;

    private DataGroups() {
    }

    /** DG15's Active Authentication public key (RSA or EC, named or explicit parameters). */
    public static PublicKey activeAuthenticationKey(byte[] dg15) throws GeneralSecurityException {
        try {
            Der outer = Der.parse(dg15);
            if (outer.tag != DG15_TAG) {
                throw new GeneralSecurityException("DG15 must start with tag 0x6F, found 0x" + Integer.toHexString(outer.tag));
            }
            return PublicKeys.decode(outer.first().encoded());
        } catch (DerException e) {
            throw new GeneralSecurityException("DG15 is malformed: " + e.getMessage(), e);
        }
    }
}
