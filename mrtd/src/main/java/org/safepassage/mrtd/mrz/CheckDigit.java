package org.safepassage.mrtd.mrz;

/**
 * The ICAO Doc 9303 part 3 check digit: weights 7, 3, 1 repeated, digits count as their value,
 * letters {@code A}..{@code Z} as 10..35 and the filler {@code <} as 0; the digit is the sum modulo 10.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /**
     * The numeric value of one MRZ character, or -1 if the character is not an MRZ character
     * (only {@code 0-9}, {@code A-Z} and {@code <} are).
     */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        return -1;
    }

    /** Whether {@code c} may appear in an MRZ: {@code 0-9}, {@code A-Z} or {@code <}. */
    public static boolean isMrzChar(char c) {
        return valueOf(c) >= 0;
    }

    /**
     * Computes the check digit (0..9) over {@code s}.
     *
     * @throws IllegalArgumentException if {@code s} contains a character that is not an MRZ character
     * @throws NullPointerException if {@code s} is null
     */
    public static int compute(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = valueOf(s.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not an MRZ character at index " + i
                        + ": U+" + String.format("%04X", (int) s.charAt(i)));
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** The check digit over {@code s} as a character {@code '0'..'9'}; same contract as {@link #compute}. */
    public static char computeChar(CharSequence s) {
        return (char) ('0' + compute(s));
    }

    /**
     * Whether {@code checkDigit} is the check digit of {@code data}. Never throws: null input, characters
     * outside the MRZ set or a check digit that is not {@code 0-9} (including the filler {@code <}) give false.
     */
    public static boolean isValid(CharSequence data, char checkDigit) {
        if (data == null || checkDigit < '0' || checkDigit > '9') {
            return false;
        }
        for (int i = 0; i < data.length(); i++) {
            if (valueOf(data.charAt(i)) < 0) {
                return false;
            }
        }
        return compute(data) == checkDigit - '0';
    }

    /**
     * Whether the last character of {@code dataWithCheckDigit} is the check digit of the characters before it,
     * e.g. {@code isValid("L898902C36")}. Never throws; null or empty input gives false.
     */
    public static boolean isValid(CharSequence dataWithCheckDigit) {
        if (dataWithCheckDigit == null || dataWithCheckDigit.length() == 0) {
            return false;
        }
        int last = dataWithCheckDigit.length() - 1;
        return isValid(dataWithCheckDigit.subSequence(0, last), dataWithCheckDigit.charAt(last));
    }
}
