package org.safepassage.protection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Surname comparison that tolerates transliteration and writing variants, for the weak "different
 * surname" signals (M4, M5). Two surnames are taken as the same family name when they share a key.
 *
 * <p>A surname's keys are the consonant skeletons of the whole name (parts joined) and of each
 * significant part (particles such as VAN, DE, AL are not parts on their own, but stay in the whole
 * name). A skeleton is built from the upper-cased name with diacritics removed (Müller, Muller),
 * letters without a decomposition spelled out (ß SS, Æ AE, Ø O, Ł L, Þ TH), common spelling variants
 * folded (TCH CH, PH F, CK/C/Q K, KH K, GH G, TH T, SH/SCH S, Z S, W V, J/Y I, X KS), vowels after the first
 * letter removed (Mueller, Müller, Muller; Mohammed, Muhammad, Mohamed), a leading vowel written A
 * (Ibrahim, Ebrahim) and doubled letters collapsed; a part with a gendered ending (Nováková,
 * Kazlauskaitė, Kazlauskas) also gives the key of its stem (Novák, Kazlausk-). Compound surnames match on any part (García López
 * and López Pérez share López), as is usual where children carry both parents' surnames.
 *
 * <p>The folding is deliberately generous: a false "same surname" only withholds a weak indicator,
 * while a false "different surname" would add one to a family.
 */
final class Surnames {

    private static final Set<String> PARTICLES = Set.of("DE", "DA", "DI", "DO", "DU", "DEL", "DELLA", "DER", "DEN",
            "DES", "DOS", "DAS", "VAN", "VON", "TER", "TEN", "LA", "LE", "LO", "EL", "AL", "BIN", "BINT", "BEN",
            "IBN", "ABU", "Y", "E", "ST", "MC", "MAC", "O");

    /**
     * Endings that make the feminine (Czech/Slovak -ová, Lithuanian -aitė/-ytė/-utė/-ienė) or masculine
     * (Lithuanian -as/-is/-ys/-us) form of a family name: the stem is a key too. Endings that differ only in
     * vowels (Ivanova/Ivanov, Kowalska/Kowalski) need nothing: the skeleton drops vowels.
     */
    private static final String[] FORM_ENDINGS = {"OVA", "AITE", "YTE", "UTE", "IENE", "AS", "IS", "YS", "US"};

    private Surnames() {
    }

    /** The keys of a surname; empty for {@code null} or a name without letters. */
    static Set<String> keys(String surname) {
        if (surname == null || surname.isBlank()) {
            return Set.of();
        }
        List<String> parts = parts(fold(surname));
        if (parts.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        if (parts.size() == 1) {
            addPart(keys, parts.get(0));
            return keys;
        }
        keys.add(skeleton(String.join("", parts)));
        for (String p : parts) {
            if (p.length() >= 2 && !PARTICLES.contains(p)) {
                addPart(keys, p);
            }
        }
        return keys;
    }

    /** A part's skeleton, and that of its stem when it carries a gendered ending (Nováková, Kazlauskaitė). */
    private static void addPart(Set<String> keys, String p) {
        keys.add(skeleton(p));
        for (String ending : FORM_ENDINGS) {
            if (p.length() >= ending.length() + 4 && p.endsWith(ending)) {
                keys.add(skeleton(p.substring(0, p.length() - ending.length())));
                return;
            }
        }
    }

    /** {@code true} when two key sets share a key (the same family name, as far as can be told). */
    static boolean same(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        for (String k : small) {
            if (large.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Upper case, diacritics removed, letters without decomposition spelled out; other characters kept. */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                ascii = false;
                break;
            }
        }
        String d = ascii ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < 128) {
                b.append(Character.toUpperCase(c));
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> b.append("SS");
                case 'Æ', 'æ' -> b.append("AE");
                case 'Œ', 'œ' -> b.append("OE");
                case 'Ø', 'ø' -> b.append('O');
                case 'Ł', 'ł' -> b.append('L');
                case 'Đ', 'đ', 'Ð', 'ð' -> b.append('D');
                case 'Þ', 'þ' -> b.append("TH");
                case 'ı' -> b.append('I');
                case '’', '‘', 'ʼ' -> b.append('\'');
                default -> b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /** Parts of a folded name: runs of A-Z, split at anything else but apostrophes (O'BRIEN is one part). */
    private static List<String> parts(String folded) {
        List<String> parts = new ArrayList<>(3);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                cur.append(c);
            } else if (c != '\'') {
                if (cur.length() > 0) {
                    parts.add(cur.toString());
                    cur.setLength(0);
                }
            }
        }
        if (cur.length() > 0) {
            parts.add(cur.toString());
        }
        return parts;
    }

    /** The consonant skeleton of one part (A-Z only). */
    static String skeleton(String p) {
        String s = p.replace("TCH", "CH").replace("SCH", "S").replace("PH", "F").replace("CK", "K").replace("KH", "K")
                .replace("GH", "G").replace("TH", "T").replace("SH", "S").replace("CH", "K");
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'C', 'Q' -> c = 'K';
                case 'Z' -> c = 'S';
                case 'W' -> c = 'V';
                case 'J', 'Y' -> c = 'I';
                default -> {
                }
            }
            if (c == 'X') {
                if (b.length() == 0) {
                    b.append('K');
                }
                if (last != 'S') {
                    b.append('S');
                }
                last = 'S';
                continue;
            }
            boolean vowel = c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
            if (b.length() == 0) {
                c = vowel ? 'A' : c;
                b.append(c);
                last = c;
                continue;
            }
            if (vowel || c == 'H') {
                continue;
            }
            if (c != last) {
                b.append(c);
                last = c;
            }
        }
        return b.toString();
    }
}
