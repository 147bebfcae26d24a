package org.safepassage.mrtd.mrz;

/**
 * The machine-readable zone layouts of ICAO Doc 9303.
 *
 * <p>The layout is recognised from the number and length of the lines; TD2 and MRV-B (2 x 36) and
 * TD3 and MRV-A (2 x 44) are told apart by the first letter of the document code ({@code V} for visas).
 */
public enum MrzFormat {
    /** Identity card size 1 (Doc 9303 part 5): 3 lines of 30 characters. */
    TD1(3, 30, "TD1"),
    /** Official travel document size 2 (Doc 9303 part 6): 2 lines of 36 characters. */
    TD2(2, 36, "TD2"),
    /** Passport (Doc 9303 part 4): 2 lines of 44 characters. */
    TD3(2, 44, "TD3"),
    /** Visa format A (Doc 9303 part 7): 2 lines of 44 characters, document code starting with V. */
    MRV_A(2, 44, "MRV-A"),
    /** Visa format B (Doc 9303 part 7): 2 lines of 36 characters, document code starting with V. */
    MRV_B(2, 36, "MRV-B");

    private final int lineCount;
    private final int lineLength;
    private final String displayName;

    MrzFormat(int lineCount, int lineLength, String displayName) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
        this.displayName = displayName;
    }

    /** Number of lines of this layout. */
    public int lineCount() {
        return lineCount;
    }

    /** Number of characters per line of this layout. */
    public int lineLength() {
        return lineLength;
    }

    /** Total number of MRZ characters (without line breaks). */
    public int totalLength() {
        return lineCount * lineLength;
    }

    /** The name used in Doc 9303, e.g. {@code MRV-A}. */
    public String displayName() {
        return displayName;
    }

    /** Whether this is a visa layout (MRV-A or MRV-B). */
    public boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}
