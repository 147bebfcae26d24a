package org.safepassage.mrtd.lds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.crypto.PublicKeys;

/** Decoding the data groups the verifier reads: DG1 (with JMRTD), DG15's public key. */
public final class DataGroups {

    private static final int DG15_TAG = 0x6F;

    private DataGroups() {
    }

    /** DG1's MRZ, decoded by JMRTD. Throws IOException with a reason if malformed. */
    public static MRZInfo mrz(byte[] dg1) throws IOException {
        try {
            return new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo();
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("DG1 is malformed: " + e.getClass().getSimpleName(), e);
        }
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
