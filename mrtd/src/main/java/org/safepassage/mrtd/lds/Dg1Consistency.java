package org.safepassage.mrtd.lds;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.safepassage.mrtd.lds.IdentityFields;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.mrz.Countries;
import org.safepassage.mrtd.mrz.MrzData;
import org.safepassage.mrtd.mrz.MrzReader;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;

/**
 * Consistency of DG1 with the printed MRZ (OCR) and with identity fields from airline data.
 * Details name the fields that differ, never their values.
 */
public final class Dg1Consistency {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Dg1Consistency() {
    }

    /** Splits an MRZ given as lines or as one run of 90, 72 or 88 characters; removes blanks. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>(3);
        StringBuilder cur = new StringBuilder(44);
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                if (cur.length() > 0) {
                    lines.add(cur.toString());
                    cur.setLength(0);
                }
            } else if (!Character.isWhitespace(c)) {
                cur.append(c);
            }
        }
        if (lines.size() == 1) {
            String s = lines.get(0);
            int width = s.length() == 90 ? 30 : s.length() == 72 ? 36 : s.length() == 88 ? 44 : 0;
            if (width > 0) {
                lines.clear();
                for (int i = 0; i < s.length(); i += width) {
                    lines.add(s.substring(i, i + width));
                }
            }
        }
        return lines;
    }

    /**
     * DG1 against the printed MRZ. Equal lines pass; otherwise the fields that differ are named
     * (decoded with {@link MrzReader}), or the positions if the printed text is not an MRZ.
     */
    public static Check printedMrz(byte[] dg1, String printed, LocalDate referenceDate) {
        List<String> chipLines;
        try {
            chipLines = Dg1.mrzLines(dg1);
        } catch (MalformedException e) {
            return Check.fail(CheckIds.DG1_MRZ_MATCH, "DG1 is malformed: " + e.getMessage());
        }
        List<String> ocr = split(printed);
        if (chipLines.equals(ocr)) {
            return Check.pass(CheckIds.DG1_MRZ_MATCH, "printed MRZ equals DG1 (" + chipLines.size() + " lines)");
        }
        List<String> fields = new ArrayList<>();
        MrzData chip = MrzReader.read(chipLines, referenceDate).data();
        MrzData p = MrzReader.read(ocr, referenceDate).data();
        if (chip != null && p != null) {
            diff(fields, "format", chip.format(), p.format());
            diff(fields, "document code", chip.documentCode(), p.documentCode());
            diff(fields, "issuing state", chip.issuingState(), p.issuingState());
            diff(fields, "surname", chip.surname(), p.surname());
            diff(fields, "given names", chip.givenNames(), p.givenNames());
            diff(fields, "document number", chip.documentNumber(), p.documentNumber());
            diff(fields, "nationality", chip.nationality(), p.nationality());
            diff(fields, "date of birth", chip.dateOfBirthRaw(), p.dateOfBirthRaw());
            diff(fields, "sex", chip.sex(), p.sex());
            diff(fields, "date of expiry", chip.dateOfExpiryRaw(), p.dateOfExpiryRaw());
            diff(fields, "optional data", chip.optionalData1() + "|" + chip.optionalData2(),
                    p.optionalData1() + "|" + p.optionalData2());
        }
        if (fields.isEmpty()) {
            fields.add(positions(chipLines, ocr));
        }
        return Check.fail(CheckIds.DG1_MRZ_MATCH, "printed MRZ differs from DG1: " + String.join(", ", fields));
    }

    private static String positions(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return "DG1 has " + a.size() + " lines, the printed MRZ " + b.size();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String x = a.get(i);
            String y = b.get(i);
            if (x.length() != y.length()) {
                out.add("line " + (i + 1) + " length " + x.length() + " vs " + y.length());
                continue;
            }
            for (int j = 0; j < x.length(); j++) {
                if (x.charAt(j) != y.charAt(j)) {
                    out.add("line " + (i + 1) + " position " + (j + 1));
                }
            }
        }
        return String.join(", ", out);
    }

    private static void diff(List<String> out, String field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            out.add(field);
        }
    }

    /** DG1's fields (as decoded by {@link MrzReader}) against identity fields from airline data: {@code dg1.api-match}. */
    public static Check identity(byte[] dg1, IdentityFields id, LocalDate referenceDate) {
        MrzData chip;
        try {
            chip = MrzReader.read(Dg1.mrzLines(dg1), referenceDate).data();
        } catch (MalformedException e) {
            chip = null;
        }
        return identity(chip, id);
    }

    /** DG1's fields, already decoded, against identity fields from airline data: {@code dg1.api-match}. */
    public static Check identity(MrzData chip, IdentityFields id) {
        return compare(CheckIds.DG1_API_MATCH, "DG1", chip, id);
    }

    /** The printed MRZ's fields, as decoded, against identity fields from airline data: {@code mrz.api-match}. */
    public static Check printedIdentity(MrzData printed, IdentityFields id) {
        return compare(CheckIds.MRZ_API_MATCH, "the printed MRZ", printed, id);
    }

    private static Check compare(String checkId, String what, MrzData mrz, IdentityFields id) {
        if (mrz == null) {
            return Check.fail(checkId, what + " holds no readable MRZ to compare with");
        }
        List<String> differs = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        if (id.documentNumber() != null
                && !alnum(id.documentNumber()).equals(alnum(mrz.documentNumber()))) {
            differs.add("document number");
        }
        compareDate(differs, "date of birth", mrz.dateOfBirthRaw(), id.dateOfBirth());
        compareDate(differs, "date of expiry", mrz.dateOfExpiryRaw(), id.dateOfExpiry());
        compareState(differs, "nationality", mrz.nationality(), id.nationality());
        compareState(differs, "issuing state", mrz.issuingState(), id.issuingState());
        if (id.sex() != null) {
            String written = mrz.sex() == null ? "X" : mrz.sex();
            String given = id.sex().trim().toUpperCase(Locale.ROOT);
            given = given.startsWith("M") ? "M" : given.startsWith("F") ? "F" : "X";
            if (!written.equals(given)) {
                differs.add("sex");
            }
        }
        compareName(differs, soft, "surname", mrz.surname(), id.surname());
        compareName(differs, soft, "given names", mrz.givenNames(), id.givenNames());
        if (!differs.isEmpty()) {
            return Check.fail(checkId, "airline data differs from " + what + " in: " + String.join(", ", differs));
        }
        if (!soft.isEmpty()) {
            return Check.warn(checkId, "airline data matches " + what + "; " + String.join(", ", soft)
                    + " truncated in the MRZ");
        }
        return Check.pass(checkId, "airline data matches " + what);
    }

    private static String alnum(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static void compareDate(List<String> out, String field, String mrz, LocalDate given) {
        if (given == null || mrz == null || mrz.length() != 6 || mrz.contains("<")) {
            return;
        }
        if (!YYMMDD.format(given).equals(mrz)) {
            out.add(field);
        }
    }

    private static void compareState(List<String> out, String field, String mrz, String given) {
        if (given == null || mrz == null) {
            return;
        }
        String a = mrz.replace("<", "").trim().toUpperCase(Locale.ROOT);
        String b = given.replace("<", "").trim().toUpperCase(Locale.ROOT);
        if (a.equals(b)) {
            return;
        }
        String a2 = Countries.alpha2(a);
        if (a2 == null || !a2.equals(Countries.alpha2(b))) {
            out.add(field);
        }
    }

    private static void compareName(List<String> out, List<String> soft, String field, String mrz, String given) {
        if (given == null || mrz == null) {
            return;
        }
        String m = mrz.replaceAll("[^A-Z]", "");
        for (String g : transliterations(given)) {
            if (g.equals(m)) {
                return;
            }
        }
        for (String g : transliterations(given)) {
            if (!m.isEmpty() && g.startsWith(m)) {
                soft.add(field);
                return;
            }
        }
        out.add(field);
    }

    /** Letters only, upper case: diacritics removed, and the Doc 9303 transliterations (AE, OE, UE, SS...). */
    private static List<String> transliterations(String name) {
        String up = name.toUpperCase(Locale.ROOT);
        String icao = up.replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS")
                .replace("SS", "SS").replace("Æ", "AE").replace("Ø", "OE").replace("Å", "AA").replace("Þ", "TH")
                .replace("Œ", "OE").replace("Ĳ", "IJ");
        return List.of(letters(up), letters(icao));
    }

    private static String letters(String s) {
        String n = Normalizer.normalize(s.replace("ß", "SS"), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}", "").replaceAll("[^A-Z]", "");
    }
}
