package org.safepassage.mrtd.lds;

import java.util.List;

import org.safepassage.mrtd.cms.DerException;
import org.safepassage.mrtd.mrz.MrzFormat;
import org.safepassage.mrtd.mrz.MrzReader;
import org.safepassage.mrtd.mrz.MrzReader.Field;

/**
 * DG1's MRZ read without a full parse: the lines, and the few fields the verifier needs on every
 * document (document code, issuing state, document number, including the long-number
 * continuation of TD1/TD2). Full field decoding happens only when something is compared.
 */
public record Dg1Mrz(List<String> lines) {

    public Dg1Mrz {
        lines = List.copyOf(lines);
    }

    /** Reads DG1; throws {@link DerException} if it is not a DG1 with a TD1, TD2 or TD3-sized MRZ. */
    public static Dg1Mrz read(byte[] dg1) {
        List<String> lines = Dg1Consistency.mrzLines(dg1);
        int width = lines.isEmpty() ? 0 : lines.get(0).length();
        boolean shape = (lines.size() == 3 && width == 30) || (lines.size() == 2 && (width == 36 || width == 44));
        if (!shape || lines.stream().anyMatch(l -> l.length() != width)) {
            throw new DerException("DG1 does not hold a TD1, TD2 or TD3 MRZ");
        }
        for (String l : lines) {
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '<') {
                    throw new DerException("DG1 MRZ contains a character outside A-Z, 0-9 and <");
                }
            }
        }
        return new Dg1Mrz(lines);
    }

    /** The layout, from the shape {@link #read} checked. */
    public MrzFormat format() {
        int width = lines.get(0).length();
        boolean visa = lines.get(0).charAt(0) == 'V';
        return lines.size() == 3 ? MrzFormat.TD1 : width == 36 ? (visa ? MrzFormat.MRV_B : MrzFormat.TD2)
                : visa ? MrzFormat.MRV_A : MrzFormat.TD3;
    }

    public String documentCode() {
        return strip(MrzReader.field(format(), lines, Field.DOCUMENT_CODE));
    }

    /** Issuing state as in the MRZ ("D<<", "NLD"). */
    public String issuingState() {
        return MrzReader.field(format(), lines, Field.ISSUING_STATE);
    }

    public String documentNumber() {
        MrzFormat f = format();
        String number = MrzReader.field(f, lines, Field.DOCUMENT_NUMBER);
        if (f != MrzFormat.TD1 && f != MrzFormat.TD2) { // only TD1 and TD2 continue a long number
            return strip(number);
        }
        return withContinuation(number, MrzReader.field(f, lines, Field.DOCUMENT_NUMBER_CHECK).charAt(0),
                MrzReader.field(f, lines, Field.OPTIONAL_DATA));
    }

    private static String withContinuation(String first, char check, String optional) {
        if (check != '<') {
            return strip(first);
        }
        int end = optional.indexOf('<');
        String rest = end < 0 ? optional : optional.substring(0, end);
        return rest.length() > 1 ? first + rest.substring(0, rest.length() - 1) : strip(first);
    }

    private static String strip(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        return "Dg1Mrz[" + lines.size() + " lines]";
    }
}
