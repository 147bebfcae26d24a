package org.safepassage.ingest.pnrgov;

/**
 * Titles PNRs write after given names ({@code JOMR}, {@code ANNA MRS}): removed from TIF given names
 * and skipped in SSR INFT text.
 */
final class Titles {

    private static final String[] TITLES = {"MSTR", "MISS", "MRS", "CHD", "INF", "MR", "MS", "DR"};

    private Titles() {
    }

    /** Given names without a trailing title ({@code JOMR} is {@code JO}); {@code null} stays {@code null}. */
    static String strip(String given) {
        if (given == null) {
            return null;
        }
        String g = given.trim();
        for (String title : TITLES) {
            if (g.endsWith(" " + title)) {
                return g.substring(0, g.length() - title.length() - 1).trim();
            }
        }
        for (String title : TITLES) {
            if (g.endsWith(title) && g.length() - title.length() >= 2) {
                return g.substring(0, g.length() - title.length());
            }
        }
        return g;
    }

    /** {@code true} when a word of SSR INFT text is a title. */
    static boolean isTitle(String word) {
        for (String title : TITLES) {
            if (title.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
