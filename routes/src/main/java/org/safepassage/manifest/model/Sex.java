package org.safepassage.manifest.model;

/** Sex as declared ({@code ATT+2}, SSR DOCS). Infant codes {@code MI}/{@code FI} map to male/female. */
public enum Sex {
    MALE,
    FEMALE,
    /** {@code U} or {@code X}: unspecified or undisclosed. */
    UNSPECIFIED;

    /** Maps a code; {@code null} when absent or not a known code. */
    public static Sex fromCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "M", "MI" -> MALE;
            case "F", "FI" -> FEMALE;
            case "U", "X" -> UNSPECIFIED;
            default -> null;
        };
    }
}
