package org.safepassage.protection;

/** The indicator codes of the minor-protection catalogue, in catalogue (and output) order. */
public enum IndicatorCode {
    M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13, D1;

    /** The code for {@code text} (exact, case-sensitive), or {@code null}. */
    public static IndicatorCode of(String text) {
        if (text == null) {
            return null;
        }
        for (IndicatorCode c : values()) {
            if (c.name().equals(text)) {
                return c;
            }
        }
        return null;
    }
}
