package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/**
 * Property-style tests over many random, mutated and generated inputs (fixed seeds, so failures reproduce).
 */
class MrzReaderPropertyTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);
    static final String MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** Characters a broken OCR or a careless caller may produce. */
    static final String NOISE = "abcxyz <>\t\r\n\u0000\u00AB\u00C9\u00DF\u2028\u3000\uFEFF\uD83D\uDE00\uFFFF-/.,";

    /** Invariants that hold for every reading, whatever the input. */
    static void assertWellFormed(MrzReading r) {
        assertThat(r).isNotNull();
        assertThat(r.checks()).extracting(Check::id).containsExactlyElementsOf(CheckIds.MRZ);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.detail()).isNotBlank().doesNotContain("internal error"));
        assertThat(r.allPassed()).isEqualTo(r.checks().stream().noneMatch(c -> c.status() == CheckStatus.FAIL));
        if (r.format() == null) {
            assertThat(r.data()).isNull();
            assertThat(r.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
        }
        MrzData d = r.data();
        if (d == null) {
            assertThat(r.checks().get(0).status()).isEqualTo(CheckStatus.FAIL);
            return;
        }
        assertThat(d.format()).isEqualTo(r.format());
        assertThat(d.dateOfBirthRaw()).hasSize(6);
        assertThat(d.dateOfExpiryRaw()).hasSize(6);
        assertThat(List.of(d.documentCode(), d.issuingState(), d.surname(), d.givenNames(), d.documentNumber(),
                d.nationality(), d.optionalData1())).doesNotContainNull();
        assertThat(d.optionalData2() == null).isEqualTo(d.format() != MrzFormat.TD1);
        assertThat(d.surname() + d.givenNames()).doesNotContain("<");
        assertThat(d.sex()).isIn("M", "F", "X", null);
        if (d.dateOfBirth() != null) {
            assertThat(d.dateOfBirth()).isBeforeOrEqualTo(REF);
        }
        if (d.format().isVisa()) {
            assertThat(r.check(CheckIds.MRZ_COMPOSITE).orElseThrow().status()).isEqualTo(CheckStatus.SKIPPED);
        }
    }

    // ------------------------------------------------------------------ random and mutated inputs

    static String randomFrom(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Lines of exactly a layout's shape filled with random MRZ characters: reaches every field parser. */
    static String randomShaped(Random rnd) {
        int[][] shapes = {{3, 30}, {2, 36}, {2, 44}};
        int[] shape = shapes[rnd.nextInt(shapes.length)];
        // bias towards digits and fillers so that dates and check digits are often "almost right"
        String alphabet = rnd.nextBoolean() ? MRZ_CHARS : "0123456789<<<<XPV";
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < shape[0]; i++) {
            lines.add(randomFrom(rnd, alphabet, shape[1]));
        }
        if (rnd.nextBoolean()) {
            lines.set(0, (rnd.nextBoolean() ? "V" : "P") + lines.get(0).substring(1));
        }
        return String.join("\n", lines);
    }

    static String mutate(Random rnd, String s) {
        StringBuilder sb = new StringBuilder(s);
        int ops = 1 + rnd.nextInt(4);
        for (int k = 0; k < ops; k++) {
            int op = rnd.nextInt(7);
            int pos = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            String pool = rnd.nextInt(4) == 0 ? NOISE : MRZ_CHARS;
            char c = pool.charAt(rnd.nextInt(pool.length()));
            switch (op) {
                case 0, 1 -> {
                    if (sb.length() > 0) {
                        sb.setCharAt(pos, c);
                    }
                }
                case 2 -> sb.insert(pos, c);
                case 3 -> {
                    if (sb.length() > 0) {
                        sb.deleteCharAt(pos);
                    }
                }
                case 4 -> sb.setLength(pos);
                case 5 -> sb.append(sb, 0, Math.min(sb.length(), rnd.nextInt(100)));
                default -> {
                    String t = sb.toString().replace("\n", rnd.nextBoolean() ? "\r\n" : "");
                    sb.setLength(0);
                    sb.append(t);
                }
            }
        }
        return sb.toString();
    }

    static String nextInput(Random rnd, List<String> seeds) {
        return switch (rnd.nextInt(6)) {
            case 0 -> randomFrom(rnd, MRZ_CHARS + "\n", rnd.nextInt(120));
            case 1 -> randomFrom(rnd, MRZ_CHARS + NOISE, rnd.nextInt(200));
            case 2, 3 -> randomShaped(rnd);
            default -> mutate(rnd, seeds.get(rnd.nextInt(seeds.size())));
        };
    }

    @Test
    void twentyThousandRandomAndMutatedInputsNeverThrowNorHang() {
        List<String> seeds = new ArrayList<>();
        MrzSamples.ALL.forEach(s -> seeds.add(MrzSamples.text(s)));
        Random rnd = new Random(0x5AFE_9303L);
        for (int i = 0; i < 50; i++) {
            seeds.add(generated(rnd).text());
        }
        int[] formats = new int[MrzFormat.values().length + 1];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 20_000; i++) {
                String input = nextInput(rnd, seeds);
                // the unguarded entry points: an exception here would otherwise be hidden by the safety net
                MrzReading r = MrzReader.readText(input, REF);
                assertWellFormed(r);
                assertThat(MrzReader.read(input, REF)).isEqualTo(r);
                if (i % 4 == 0) {
                    assertWellFormed(MrzReader.readLines(List.of(input.split("\n", -1)), REF));
                }
                formats[r.format() == null ? formats.length - 1 : r.format().ordinal()]++;
            }
        }, "20,000 readings must finish in well under two minutes, even on a loaded machine");
        // the generator really reaches every layout, not only the "not an MRZ" path
        for (MrzFormat f : MrzFormat.values()) {
            assertThat(formats[f.ordinal()]).as("readings recognised as %s", f).isGreaterThan(100);
        }
    }

    // ------------------------------------------------------------------ generated valid MRZs

    static LocalDate randomDate(Random rnd, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (rnd.nextDouble() * (days + 1)));
    }

    static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    static String words(Random rnd, int min, int max) {
        int n = min + rnd.nextInt(max - min + 1);
        List<String> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            w.add(randomFrom(rnd, LETTERS, 1 + rnd.nextInt(9)));
        }
        return String.join(" ", w);
    }

    /** A random but correct MRZ; the expected values are kept on the builder. */
    static MrzBuilder generated(Random rnd) {
        MrzFormat f = MrzFormat.values()[rnd.nextInt(MrzFormat.values().length)];
        MrzBuilder b = MrzBuilder.of(f);
        b.issuingState = rnd.nextInt(5) == 0 ? "D<<" : randomFrom(rnd, LETTERS, 3);
        b.nationality = rnd.nextInt(5) == 0 ? "D<<" : randomFrom(rnd, LETTERS, 3);
        b.surname = words(rnd, 1, 2);
        b.givenNames = words(rnd, 0, 3);
        b.sex = "MF<".charAt(rnd.nextInt(3));
        // 100-year window of the reference date, so the century is unambiguous
        b.dateOfBirth = yymmdd(randomDate(rnd, REF.minusYears(100).plusDays(1), REF));
        b.dateOfExpiry = yymmdd(randomDate(rnd, LocalDate.of(REF.getYear() - 49, 1, 1),
                LocalDate.of(REF.getYear() + 50, 12, 31)));
        int optionalRoom = switch (f) {
            case TD1 -> 15;
            case TD2 -> 7;
            case TD3 -> 14;
            case MRV_A -> 16;
            case MRV_B -> 8;
        };
        boolean longNumber = !f.isVisa() && rnd.nextInt(4) == 0;
        int numberLength = longNumber ? 10 + rnd.nextInt(Math.min(5, optionalRoom - 2)) : 1 + rnd.nextInt(9);
        b.documentNumber = randomFrom(rnd, ALNUM, numberLength);
        int used = longNumber ? numberLength - 9 + 2 : 0;
        int room = optionalRoom - used;
        if (room > 0 && rnd.nextBoolean()) {
            b.optional1 = randomFrom(rnd, ALNUM, 1 + rnd.nextInt(room));
        }
        if (f == MrzFormat.TD1 && rnd.nextBoolean()) {
            b.optional2 = randomFrom(rnd, ALNUM, 1 + rnd.nextInt(11));
        }
        if (f == MrzFormat.TD3) {
            b.emptyPersonalNumberCd = rnd.nextBoolean() ? '<' : '0';
        }
        return b;
    }

    static LocalDate birthOf(MrzBuilder b) {
        int yy = Integer.parseInt(b.dateOfBirth.substring(0, 2));
        LocalDate d = LocalDate.of(2000 + yy, Integer.parseInt(b.dateOfBirth.substring(2, 4)),
                Integer.parseInt(b.dateOfBirth.substring(4, 6)));
        return d.isAfter(REF) ? d.minusYears(100) : d;
    }

    static LocalDate expiryOf(MrzBuilder b) {
        int yy = Integer.parseInt(b.dateOfExpiry.substring(0, 2));
        int year = 2000 + yy > REF.getYear() + 50 ? 1900 + yy : 2000 + yy;
        return LocalDate.of(year, Integer.parseInt(b.dateOfExpiry.substring(2, 4)),
                Integer.parseInt(b.dateOfExpiry.substring(4, 6)));
    }

    @Test
    void generatedCorrectMrzsOfEveryLayoutReadBackExactly() {
        Random rnd = new Random(9303L);
        for (int i = 0; i < 5_000; i++) {
            MrzBuilder b = generated(rnd);
            MrzReading r = MrzReader.read(b.text(), REF);
            String context = b.text();

            assertWellFormed(r);
            assertThat(r.allPassed()).as(context).isTrue();
            assertThat(r.checks()).as(context).extracting(Check::status)
                    .allSatisfy(s -> assertThat(s).isIn(CheckStatus.PASS, CheckStatus.SKIPPED));
            MrzData d = r.data();
            assertThat(d.format()).isEqualTo(b.format);
            assertThat(d.documentNumber()).as(context).isEqualTo(b.documentNumber);
            assertThat(d.issuingState()).isEqualTo(b.issuingState.replace("<", ""));
            assertThat(d.nationality()).isEqualTo(b.nationality.replace("<", ""));
            assertThat(d.dateOfBirth()).as(context).isEqualTo(birthOf(b));
            assertThat(d.dateOfExpiry()).as(context).isEqualTo(expiryOf(b));
            assertThat(d.sex()).isEqualTo(b.sex == '<' ? "X" : String.valueOf(b.sex));
            assertThat(d.optionalData1()).as(context).isEqualTo(b.optional1);
            if (b.format == MrzFormat.TD1) {
                assertThat(d.optionalData2()).isEqualTo(b.optional2);
            }
            int nameRoom = b.format == MrzFormat.TD1 ? 30 : b.format.lineLength() - 5;
            String nameField = b.surname + (b.givenNames.isEmpty() ? "" : "  " + b.givenNames);
            if (nameField.length() <= nameRoom) {
                assertThat(d.surname()).as(context).isEqualTo(b.surname);
                assertThat(d.givenNames()).as(context).isEqualTo(b.givenNames);
            } else {
                // truncated by the issuer: what is read is a prefix of the full name
                assertThat(b.surname + " " + b.givenNames).startsWith(
                        (d.surname() + " " + d.givenNames()).strip());
            }
        }
    }

    @Test
    void anySingleDigitChangeInCheckedDataOfACorrectMrzIsDetected() {
        Random rnd = new Random(7_3_1L);
        int detected = 0;
        for (int i = 0; i < 2_000; i++) {
            MrzBuilder b = generated(rnd);
            List<String> lines = b.lines();
            int line = lines.size() == 3 ? 1 + rnd.nextInt(2) : 2;
            String l = lines.get(line - 1);
            int pos = 1 + rnd.nextInt(l.length());
            char c = l.charAt(pos - 1);
            if (!Character.isDigit(c) || !coveredByACheckDigit(b.format, line, pos)) {
                continue;
            }
            char other = (char) ('0' + (c - '0' + 1 + rnd.nextInt(9)) % 10);
            MrzReading r = MrzReader.read(MrzSamples.set(lines, line, pos, other), REF);
            assertThat(r.allPassed()).as("%s with %s at line %d position %d", lines, other, line, pos).isFalse();
            detected++;
        }
        assertThat(detected).isGreaterThan(500);
    }

    /** Positions (1-based) whose characters some check digit covers, including the check digits themselves. */
    static boolean coveredByACheckDigit(MrzFormat f, int line, int pos) {
        if (f == MrzFormat.TD1) {
            return line == 1 ? pos >= 6 : (pos <= 7 || (pos >= 9 && pos <= 15) || pos >= 19);
        }
        boolean inFields = pos <= 10 || (pos >= 14 && pos <= 20) || (pos >= 22 && pos <= 28);
        return f.isVisa() ? inFields : pos <= 10 || (pos >= 14 && pos <= 20) || pos >= 22;
    }
}
