package org.safepassage.manifest.model;

/**
 * Passenger type code of a PNR traveller (TIF), refined by SSRs (an SSR UMNR makes an
 * {@link #UNACCOMPANIED_MINOR}). PAXLST does not carry it: {@link #UNKNOWN}. This is what the
 * booking says, not an age: rules compute age from the date of birth.
 */
public enum PassengerType {
    /** {@code A}, {@code ADT}. */
    ADULT,
    /** {@code C}, {@code CH}, {@code CHD}, {@code CNN}. */
    CHILD,
    /** {@code IN}, {@code INF}, {@code INS}: infant, a traveller in its own right. */
    INFANT,
    /** {@code UM}, {@code UMNR}, or a traveller with SSR UMNR. */
    UNACCOMPANIED_MINOR,
    /** {@code G}: group name placeholder (not a person). */
    GROUP,
    /** Not stated or not known. */
    UNKNOWN;

    /** Maps a passenger type code; absent or unknown codes give {@link #UNKNOWN}. */
    public static PassengerType fromCode(String code) {
        if (code == null) {
            return UNKNOWN;
        }
        return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "A", "ADT", "ADULT" -> ADULT;
            case "C", "CH", "CHD", "CNN" -> CHILD;
            case "IN", "INF", "INS" -> INFANT;
            case "UM", "UMNR" -> UNACCOMPANIED_MINOR;
            case "G" -> GROUP;
            default -> UNKNOWN;
        };
    }
}
