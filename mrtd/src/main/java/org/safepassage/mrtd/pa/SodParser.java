package org.safepassage.mrtd.pa;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.safepassage.mrtd.cms.Der;
import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.cms.SignedData;
import org.safepassage.mrtd.cms.SignedDataParser;

/**
 * Parses EF.SOD: the optional application tag 0x77, the CMS SignedData and the LDSSecurityObject
 * (LDS 1.7 and 1.8). Throws {@link DerException} (only) on malformed input.
 */
public final class SodParser {

    private static final int EF_SOD_TAG = 0x77;

    private SodParser() {
    }

    public static Sod parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DerException("empty EF.SOD");
        }
        int off = 0;
        int limit = bytes.length;
        if ((bytes[0] & 0xFF) == EF_SOD_TAG) {
            Der wrapper = Der.parse(bytes);
            off = wrapper.valueStart;
            limit = wrapper.valueEnd;
        } else if ((bytes[0] & 0xFF) != Der.SEQUENCE) {
            throw new DerException("EF.SOD must start with tag 0x77 or a SEQUENCE, found 0x"
                    + Integer.toHexString(bytes[0] & 0xFF));
        }
        SignedData sd = SignedDataParser.parse(bytes, off, limit);
        return lds(sd);
    }

    private static Sod lds(SignedData sd) {
        byte[] content = sd.content();
        Der so = Der.parse(content).expect(Der.SEQUENCE, "LDSSecurityObject");
        List<Der> f = so.children();
        if (f.size() < 3) {
            throw new DerException("LDSSecurityObject: expected version, hashAlgorithm and dataGroupHashValues");
        }
        int version = f.get(0).smallInt("LDSSecurityObject version");
        String hashAlg = f.get(1).expect(Der.SEQUENCE, "hashAlgorithm").first().oid();
        Map<Integer, byte[]> hashes = new TreeMap<>();
        for (Der dgh : f.get(2).expect(Der.SEQUENCE, "dataGroupHashValues").children()) {
            List<Der> p = dgh.expect(Der.SEQUENCE, "DataGroupHash").children();
            if (p.size() != 2) {
                throw new DerException("DataGroupHash: expected number and hash");
            }
            int n = p.get(0).smallInt("dataGroupNumber");
            if (n < 1 || n > 16) {
                throw new DerException("DataGroupHash: data group number " + n + " outside 1..16");
            }
            byte[] h = p.get(1).expect(Der.OCTET_STRING, "dataGroupHashValue").value();
            if (hashes.put(n, h) != null) {
                throw new DerException("DataGroupHash: data group " + n + " listed twice");
            }
        }
        String ldsVersion = null;
        String unicodeVersion = null;
        if (f.size() > 3) {
            List<Der> vi = f.get(3).expect(Der.SEQUENCE, "LDSVersionInfo").children();
            if (vi.size() != 2) {
                throw new DerException("LDSVersionInfo: expected ldsVersion and unicodeVersion");
            }
            ldsVersion = printable(vi.get(0));
            unicodeVersion = printable(vi.get(1));
        }
        return new Sod(sd, version, hashAlg, Collections.unmodifiableMap(hashes), ldsVersion, unicodeVersion);
    }

    private static String printable(Der d) {
        if (d.isConstructed()) {
            throw new DerException("LDSVersionInfo: expected a string");
        }
        String s = new String(d.value(), StandardCharsets.US_ASCII);
        return s.length() > 16 ? s.substring(0, 16) : s;
    }
}
