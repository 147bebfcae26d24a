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

    /** The key two records of one person share: normalised surname and given names. */
    public static String matchKey(String surname, String givenNames) {
        return normalise(surname) + "|" + normalise(givenNames);
    }
}
