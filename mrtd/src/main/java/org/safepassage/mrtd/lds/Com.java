package org.safepassage.mrtd.lds;

import java.util.ArrayList;
import java.util.List;

import org.jmrtd.lds.LDSFileUtil;
import org.jmrtd.lds.icao.COMFile;
import org.safepassage.mrtd.asn1.Asn1;
import org.safepassage.mrtd.asn1.MalformedException;

/**
 * EF.COM (Doc 9303 part 10 4.6.1), decoded by JMRTD's {@link COMFile}: the LDS and Unicode versions
 * and the data groups present. EF.COM is not signed; the SOD's list is the one that counts.
 *
 * @param ldsVersion     the LDS version ("1.7")
 * @param unicodeVersion the Unicode version ("4.0.0")
 * @param dataGroups     the data group numbers its tag list names, in its order
 */
public record Com(String ldsVersion, String unicodeVersion, List<Integer> dataGroups) {

    public Com {
        dataGroups = List.copyOf(dataGroups);
    }

    /** Reads EF.COM; throws {@link MalformedException} if malformed. */
    public static Com read(byte[] com) {
        return Asn1.decode("EF.COM (JMRTD)", () -> {
            COMFile f = new COMFile(LdsInput.plain(com));
            List<Integer> groups = new ArrayList<>();
            for (int tag : f.getTagList()) {
                int n = LDSFileUtil.lookupDataGroupNumberByTag(tag);
                if (n < 1 || n > 16) {
                    throw new MalformedException("EF.COM lists tag 0x" + Integer.toHexString(tag) + ", not a data group");
                }
                groups.add(n);
            }
            return new Com(f.getLDSVersion(), f.getUnicodeVersion(), groups);
        });
    }
}
