package org.safepassage.mrtd.lds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.sf.scuba.tlv.TLVInputStream;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.mrz.MrzData;
import org.safepassage.mrtd.mrz.MrzReader;

/**
 * DG1 (Doc 9303 part 10 4.7.1): the MRZ as the chip stores it. JMRTD's {@link DG1File} decodes the
 * fields the verifier needs on every document (document code, issuing state, document number
 * including the long-number continuation of TD1 and TD2); the MRZ characters themselves are kept as
 * stored (JMRTD's MRZInfo rebuilds them from its fields), read with SCUBA's TLV reader, for the
 * comparison with the printed MRZ and for {@link MrzReader}.
 *
 * <p>If JMRTD cannot decode an MRZ that has the shape and characters of one (it rejects some
 * document codes and layouts), the fields come from {@link MrzReader} instead and
 * {@link #jmrtdProblem()} says why.
 */
public final class Dg1 {

    private static final int DG1_TAG = 0x61;
    private static final int MRZ_TAG = 0x5F1F;

    private final List<String> lines;
    private final String documentCode;
    private final String issuingState;
    private final String documentNumber;
    private final String jmrtdProblem;

    private Dg1(List<String> lines, String documentCode, String issuingState, String documentNumber, String jmrtdProblem) {
        this.lines = List.copyOf(lines);
        this.documentCode = documentCode;
        this.issuingState = issuingState;
        this.documentNumber = documentNumber;
        this.jmrtdProblem = jmrtdProblem;
    }

    /**
     * Reads DG1; throws {@link MalformedException} if it is not a DG1 holding a TD1, TD2 or TD3-sized
     * MRZ of capital letters, digits and fillers (as stored: lower case is not an MRZ).
     */
    public static Dg1 read(byte[] dg1) {
        List<String> lines = mrzLines(dg1);
        int width = lines.isEmpty() ? 0 : lines.get(0).length();
        boolean shape = (lines.size() == 3 && width == 30) || (lines.size() == 2 && (width == 36 || width == 44));
        if (!shape || lines.stream().anyMatch(l -> l.length() != width)) {
            throw new MalformedException("DG1 does not hold a TD1, TD2 or TD3 MRZ");
        }
        for (String l : lines) {
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '<') {
                    throw new MalformedException("DG1 MRZ contains a character outside A-Z, 0-9 and <");
                }
            }
        }
        try {
            MRZInfo info = new DG1File(LdsInput.of(dg1)).getMRZInfo();
            return new Dg1(lines, info.getDocumentCode(), info.getIssuingState(), info.getDocumentNumber(), null);
        } catch (IOException | RuntimeException e) {
            // no exception message: JMRTD's may quote the MRZ
            MrzData d = MrzReader.read(lines, null).data();
            if (d == null) {
                throw new MalformedException("DG1 cannot be decoded (" + e.getClass().getSimpleName() + ")");
            }
            String state = MrzReader.field(d.format(), lines, MrzReader.Field.ISSUING_STATE);
            return new Dg1(lines, d.documentCode(), state, d.documentNumber(),
                    "JMRTD cannot decode DG1 (" + e.getClass().getSimpleName() + "); its fields are read with the MRZ layout table");
        }
    }

    /** The MRZ characters stored in DG1 (tag 0x61, 0x5F1F), split into lines. Throws {@link MalformedException}. */
    public static List<String> mrzLines(byte[] dg1) {
        if (dg1 == null || dg1.length == 0) {
            throw new MalformedException("empty DG1");
        }
        try {
            TLVInputStream in = new TLVInputStream(LdsInput.plain(dg1));
            if (in.readTag() != DG1_TAG) {
                throw new MalformedException("DG1 must start with tag 0x61");
            }
            int length = in.readLength();
            if (length > dg1.length) {
                throw new MalformedException("DG1 declares " + length + " bytes, " + dg1.length + " were read");
            }
            if (in.readTag() != MRZ_TAG) {
                throw new MalformedException("DG1 must contain tag 0x5F1F");
            }
            in.readLength();
            return Dg1Consistency.split(new String(in.readValue(), StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            throw e instanceof MalformedException m ? m : new MalformedException("DG1 is malformed: " + e.getMessage(), e);
        }
    }

    public List<String> lines() {
        return lines;
    }

    /**
     * DG1's MRZ decoded field by field ({@link MrzReader}; two-digit years resolved against {@code referenceDate}),
     * or null when its layout is not recognised.
     */
    public MrzData mrz(java.time.LocalDate referenceDate) {
        return MrzReader.read(lines, referenceDate).data();
    }

    public String documentCode() {
        return documentCode;
    }

    /** Issuing state as in the MRZ ("D<<", "NLD"). */
    public String issuingState() {
        return issuingState;
    }

    /** The document number, continued in the optional data when longer than 9 characters. */
    public String documentNumber() {
        return documentNumber;
    }

    /** Why JMRTD could not decode this DG1 (its fields then come from the MRZ reader), or null. */
    public String jmrtdProblem() {
        return jmrtdProblem;
    }

    @Override
    public String toString() {
        return "Dg1[" + lines.size() + " lines]";
    }
}
