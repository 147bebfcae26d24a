package org.safepassage.ingest.pnrgov;

/**
 * An SSR INFT as {@link SsrReader} finds it: the adult it names and its text
 * {@code SURNAME/GIVEN DDMMMYY}, read here; {@link InfantLinks} turns it into an infant traveller.
 *
 * @param adult    the traveller the SSR names, or {@code null}
 * @param text     the SSR's free text, or {@code null}
 * @param position position of the SSR segment
 */
record InftDraft(PaxDraft adult, String text, int position) {

    String surname() {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        String s = slash < 0 ? text.trim().split("\\s+")[0] : text.substring(0, slash).trim();
        return s.isEmpty() ? null : s;
    }

    String given() {
        if (text == null || text.indexOf('/') < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String token : text.substring(text.indexOf('/') + 1).trim().split("\\s+")) {
            if (token.isEmpty() || isDate(token) || Titles.isTitle(token)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(token);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    String dob() {
        if (text == null) {
            return null;
        }
        for (String token : text.trim().split("[\\s/]+")) {
            if (isDate(token)) {
                return token;
            }
        }
        return null;
    }

    private static boolean isDate(String t) {
        return t.matches("\\d{2}[A-Za-z]{3}\\d{2}(\\d{2})?");
    }

}
