package org.safepassage.manifest;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation for matching the same person across API and PNR data (case, diacritics, punctuation). */
public final class Names {

    private Names() {
    }

    /** Upper case, diacritics removed, anything but letters and single spaces dropped. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetter(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(c));
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static final String[] TITLES = {"MSTR", "MISS", "MRS", "MR", "MS", "DR"};

    /**
     * The key two records of one person share: normalised surname and given names, without the title that PNR
     * names carry glued or appended ({@code MOLLYMRS}, {@code KONG CHUN MRS}); at most as long as its column.
     */
    public static String matchKey(String surname, String givenNames) {
        return org.safepassage.manifest.model.FieldLimits.fit(
                normalise(surname) + "|" + withoutTitle(normalise(givenNames)),
                org.safepassage.manifest.model.FieldLimits.MATCH_KEY);
    }

    static String withoutTitle(String given) {
        for (String title : TITLES) {
            if (given.endsWith(" " + title)) {
                return given.substring(0, given.length() - title.length() - 1);
            }
            if (given.endsWith(title) && given.length() > title.length() + 1) {
                return given.substring(0, given.length() - title.length());
            }
        }
        return given;
    }
}
