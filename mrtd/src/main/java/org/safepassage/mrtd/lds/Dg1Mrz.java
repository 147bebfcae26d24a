package org.safepassage.mrtd.lds;

import java.util.List;

import org.safepassage.mrtd.cms.DerException;

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

    public String documentCode() {
        return strip(lines.get(0).substring(0, 2));
    }

    /** Issuing state as in the MRZ ("D<<", "NLD"). */
    public String issuingState() {
        return lines.get(0).substring(2, 5);
    }

    public String documentNumber() {
        if (lines.size() == 3) { // TD1: number in line 1, continuation in the optional data
            String l = lines.get(0);
            return withContinuation(l.substring(5, 14), l.charAt(14), l.substring(15, 30));
        }
        String l = lines.get(1);
        if (l.length() == 36) { // TD2
            return withContinuation(l.substring(0, 9), l.charAt(9), l.substring(28, 35));
        }
        return strip(l.substring(0, 9));
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
