package org.safepassage.mrtd.mrz;

import java.util.List;

/**
 * Test support: builds correct MRZs from field values (generated identities only), so tests can vary one field.
 * Independent of the production code: check digits come from {@link MrzSamples#cd}.
 */
final class MrzBuilder {

    MrzFormat format = MrzFormat.TD3;
    String documentCode = "P<";
    String issuingState = "UTO";
    String surname = "SPECIMEN";
    String givenNames = "TEST";
    String documentNumber = "AB1234567";
    String nationality = "UTO";
    String dateOfBirth = "850315";
    char sex = 'F';
    String dateOfExpiry = "300101";
    String optional1 = "";
    String optional2 = "";
    /** TD3: the check digit for an all-filler personal number ('<' or '0'). */
    char emptyPersonalNumberCd = '<';

    static MrzBuilder td3() {
        return new MrzBuilder();
    }

    static MrzBuilder of(MrzFormat format) {
        MrzBuilder b = new MrzBuilder();
        b.format = format;
        b.documentCode = switch (format) {
            case TD3 -> "P<";
            case TD1, TD2 -> "I<";
            case MRV_A, MRV_B -> "V<";
        };
        return b;
    }

    MrzBuilder number(String n) {
        documentNumber = n;
        return this;
    }

    MrzBuilder dob(String raw) {
        dateOfBirth = raw;
        return this;
    }

    MrzBuilder expiry(String raw) {
        dateOfExpiry = raw;
        return this;
    }

    MrzBuilder optional(String o) {
        optional1 = o;
        return this;
    }

    MrzBuilder name(String surname, String givenNames) {
        this.surname = surname;
        this.givenNames = givenNames;
        return this;
    }

    static String pad(String s, int len) {
        StringBuilder sb = new StringBuilder(s.length() > len ? s.substring(0, len) : s);
        while (sb.length() < len) {
            sb.append('<');
        }
        return sb.toString();
    }

    private String nameField(int len) {
        String n = surname.replace(' ', '<');
        if (!givenNames.isEmpty()) {
            n += "<<" + givenNames.replace(' ', '<');
        }
        return pad(n, len);
    }

    /** Number field (9), its check digit, and the optional-data prefix carrying a long number. */
    private String[] numberParts() {
        if (documentNumber.length() <= 9) {
            String field = pad(documentNumber, 9);
            return new String[] {field, String.valueOf(MrzSamples.cd(field)), ""};
        }
        String field = documentNumber.substring(0, 9);
        String rest = documentNumber.substring(9) + MrzSamples.cd(documentNumber) + "<";
        return new String[] {field, "<", rest};
    }

    List<String> lines() {
        String[] num = numberParts();
        String dob = dateOfBirth + MrzSamples.cd(dateOfBirth);
        String exp = dateOfExpiry + MrzSamples.cd(dateOfExpiry);
        switch (format) {
            case TD1 -> {
                String l1 = documentCode + issuingState + num[0] + num[1] + pad(num[2] + optional1, 15);
                String l2 = dob + sex + exp + nationality + pad(optional2, 11);
                String comp = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
                l2 += MrzSamples.cd(comp);
                return List.of(l1, l2, nameField(30));
            }
            case TD3, MRV_A, TD2, MRV_B -> {
                int len = format == MrzFormat.TD3 || format == MrzFormat.MRV_A ? 44 : 36;
                String l1 = documentCode + issuingState + nameField(len - 5);
                String l2 = num[0] + num[1] + nationality + dob + sex + exp;
                if (format == MrzFormat.TD3) {
                    String pn = pad(num[2] + optional1, 14);
                    char pnCd = pn.chars().allMatch(c -> c == '<') ? emptyPersonalNumberCd : MrzSamples.cd(pn);
                    l2 += pn + pnCd;
                    l2 += MrzSamples.cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43));
                } else if (format == MrzFormat.TD2) {
                    l2 += pad(num[2] + optional1, 7);
                    l2 += MrzSamples.cd(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 35));
                } else {
                    l2 += pad(num[2] + optional1, len - 28);
                }
                return List.of(l1, l2);
            }
            default -> throw new IllegalStateException();
        }
    }

    String text() {
        return String.join("\n", lines());
    }
}
