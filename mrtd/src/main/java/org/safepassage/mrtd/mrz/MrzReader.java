package org.safepassage.mrtd.mrz;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;

/**
 * Reads and verifies a machine-readable zone (ICAO Doc 9303 parts 3-7): TD1, TD2, TD3, MRV-A and MRV-B.
 *
 * <p>Every aspect is reported as its own {@link Check} (ids in {@link CheckIds}) with a detail that names the
 * field and, for a wrong check digit, the expected and the printed digit. The reader never throws: input that is not
 * an MRZ (null, empty, binary, wrong lengths, lower case, illegal characters) gives a reading with a
 * {@code mrz.format} FAIL. OCR errors are never corrected; a likely O/0 confusion is only mentioned in the detail.
 *
 * <p>Real-world deviations handled: Germany's {@code D<<}; a document number longer than 9 characters (filler in the
 * check-digit position, the rest of the number and its check digit at the start of the optional data); a TD3 personal
 * number that is all fillers with {@code <} or {@code 0} as its check digit; unknown parts of the date of birth.
 */
public final class MrzReader {

    /** Longest text accepted before giving up (an MRZ has at most 90 characters plus line breaks). */
    static final int MAX_INPUT_CHARS = 4096;
    /** Most lines accepted in the list form. */
    static final int MAX_LINES = 16;

    private static final String CHARSET = " (an MRZ holds only capital letters A-Z, digits 0-9 and the filler <)";
    private static final String NOT_CHECKED = "not checked: the text is not a readable MRZ";

    private MrzReader() {
    }

    /** Reads an MRZ whose lines are separated by {@code \n} or {@code \r\n}; the reference date is today (UTC). */
    public static MrzReading read(String text) {
        return read(text, null);
    }

    /**
     * Reads an MRZ whose lines are separated by {@code \n} or {@code \r\n} (surrounding whitespace of the text and of
     * each line is ignored, as are blank lines and a leading byte order mark). A single line of exactly 72, 88 or 90
     * characters (the MRZ as stored in DG1) is also accepted.
     *
     * @param referenceDate the date used to resolve two-digit years ("today"); null means today (UTC)
     */
    public static MrzReading read(String text, LocalDate referenceDate) {
        try {
            return readText(text, orToday(referenceDate));
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e);
        }
    }

    /**
     * Reads an MRZ given as lines (surrounding whitespace of each line ignored, blank lines skipped).
     *
     * @param referenceDate the date used to resolve two-digit years ("today"); null means today (UTC)
     */
    public static MrzReading read(List<String> lines, LocalDate referenceDate) {
        try {
            return readLines(lines, orToday(referenceDate));
        } catch (RuntimeException | StackOverflowError e) {
            return internalError(e);
        }
    }

    private static LocalDate orToday(LocalDate referenceDate) {
        return referenceDate != null ? referenceDate : LocalDate.now(ZoneOffset.UTC);
    }

    // ------------------------------------------------------------------ input normalisation

    /** Unguarded text entry point (package-private so tests can see any exception). */
    static MrzReading readText(String text, LocalDate ref) {
        if (text == null) {
            return notMrz("no MRZ text (null input)");
        }
        if (text.length() > MAX_INPUT_CHARS) {
            return notMrz("input of " + text.length() + " characters is far too long for an MRZ"
                    + " (at most 90 characters plus line breaks)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // byte order mark left by a text file: an encoding artefact, not OCR output
        }
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return analyse(normalise(lines), ref);
    }

    /** Unguarded list entry point (package-private so tests can see any exception). */
    static MrzReading readLines(List<String> lines, LocalDate ref) {
        if (lines == null) {
            return notMrz("no MRZ lines (null list)");
        }
        if (lines.size() > MAX_LINES) {
            return notMrz(lines.size() + " lines is far too many for an MRZ (2 or 3 lines)");
        }
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null) {
                return notMrz("line " + (i + 1) + " is null");
            }
            total += line.length();
        }
        if (total > MAX_INPUT_CHARS) {
            return notMrz("input of " + total + " characters is far too long for an MRZ"
                    + " (at most 90 characters plus line breaks)");
        }
        return analyse(normalise(lines), ref);
    }

    private static List<String> normalise(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String line : raw) {
            String s = line.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ recognition

    private static MrzReading analyse(List<String> input, LocalDate ref) {
        if (input.isEmpty()) {
            return notMrz("empty input: no MRZ text");
        }
        List<String> notes = new ArrayList<>();
        List<String> lines = input;
        if (lines.size() == 1) {
            String only = lines.get(0);
            int len = only.length();
            int lineLength = len == 90 ? 30 : len == 88 ? 44 : len == 72 ? 36 : 0;
            if (lineLength > 0) {
                lines = new ArrayList<>();
                for (int i = 0; i < len; i += lineLength) {
                    lines.add(only.substring(i, i + lineLength));
                }
                notes.add("one line of " + len + " characters read as " + lines.size() + " lines of " + lineLength);
            }
        }

        List<String> charProblems = illegalCharacters(lines);
        MrzFormat format = recognise(lines);
        if (format == null) {
            String detail = "not an MRZ: " + describeLengths(lines) + "; expected 3 lines of 30 (TD1),"
                    + " 2 lines of 36 (TD2, MRV-B) or 2 lines of 44 (TD3, MRV-A)" + nearMiss(lines);
            if (!charProblems.isEmpty()) {
                detail += "; " + String.join("; ", charProblems) + CHARSET;
            }
            return notMrz(detail);
        }
        if (!charProblems.isEmpty()) {
            return notMrz("not an MRZ: the shape of " + describeFormat(format) + ", but "
                    + String.join("; ", charProblems) + CHARSET);
        }
        if (format == MrzFormat.TD2 && lines.get(0).startsWith("IDFRA")
                && !isLettersOrFiller(LAYOUT.get(MrzFormat.TD2).place(Field.NATIONALITY).of(lines))) {
            return notMrz("not an ICAO Doc 9303 MRZ: 2 lines of 36 starting with IDFRA and no nationality"
                    + " code in line 2 is the French national identity card layout (1988-2021), which this reader"
                    + " does not verify");
        }
        return verify(format, lines, notes, ref);
    }

    private static MrzFormat recognise(List<String> lines) {
        int count = lines.size();
        if (count == 3 && allLength(lines, 30)) {
            return MrzFormat.TD1;
        }
        if (count == 2 && allLength(lines, 36)) {
            return lines.get(0).charAt(0) == 'V' ? MrzFormat.MRV_B : MrzFormat.TD2;
        }
        if (count == 2 && allLength(lines, 44)) {
            return lines.get(0).charAt(0) == 'V' ? MrzFormat.MRV_A : MrzFormat.TD3;
        }
        return null;
    }

    private static boolean allLength(List<String> lines, int length) {
        for (String line : lines) {
            if (line.length() != length) {
                return false;
            }
        }
        return true;
    }

    private static String describeLengths(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append(lines.size()).append(lines.size() == 1 ? " line of " : " lines of ");
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append(i == lines.size() - 1 ? " and " : ", ");
            }
            sb.append(lines.get(i).length());
        }
        sb.append(" characters");
        return sb.toString();
    }

    /** For 2 or 3 lines close to a layout's length, names the lines that are too short or too long. */
    private static String nearMiss(List<String> lines) {
        int target = lines.size() == 3 ? 30 : 0;
        if (lines.size() == 2) {
            int len0 = lines.get(0).length();
            target = Math.abs(len0 - 36) <= Math.abs(len0 - 44) ? 36 : 44;
        }
        if (target == 0) {
            return "";
        }
        List<String> off = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int len = lines.get(i).length();
            if (len != target) {
                if (Math.abs(len - target) > 3) {
                    return "";
                }
                off.add("line " + (i + 1) + " has " + len + " instead of " + target
                        + (len < target ? " (characters missing?)" : " (characters added?)"));
            }
        }
        return off.isEmpty() ? "" : "; " + String.join(", ", off);
    }

    private static String describeFormat(MrzFormat f) {
        return f.displayName() + " (" + f.lineCount() + " lines of " + f.lineLength() + ")";
    }

    private static List<String> illegalCharacters(List<String> lines) {
        List<String> problems = new ArrayList<>();
        int found = 0;
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (CheckDigit.isMrzChar(c)) {
                    continue;
                }
                found++;
                if (problems.size() < 3) {
                    problems.add(describeChar(c) + " at line " + (l + 1) + ", position " + (i + 1));
                }
            }
        }
        if (found > problems.size()) {
            problems.add((found - problems.size()) + " more illegal characters");
        }
        return problems;
    }

    private static String describeChar(char c) {
        if (c >= 'a' && c <= 'z') {
            return "lowercase letter '" + c + "'";
        }
        if (c == ' ') {
            return "space";
        }
        if (c == '\t') {
            return "tab";
        }
        if (c >= 0x21 && c <= 0x7E) {
            return "illegal character '" + c + "'";
        }
        if (c >= 0xA0 && !Character.isSurrogate(c) && (Character.isLetterOrDigit(c) || c == '\u00AB')) {
            return String.format("illegal character '%c' (U+%04X)", c, (int) c);
        }
        return String.format("illegal character U+%04X", (int) c);
    }

    private static boolean isLettersOrFiller(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && c != '<') {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ field extraction

    /** The raw fields of a recognised MRZ, as printed, with the locations of the check digits. */
    private static final class Raw {
        MrzFormat format;
        String documentCode;
        String issuingState;
        String name;
        int nameLine;
        int nameStart;
        String documentNumber;
        char documentNumberCd;
        String documentNumberCdLoc;
        String nationality;
        String dateOfBirth;
        char dateOfBirthCd;
        String dateOfBirthCdLoc;
        char sex;
        String sexLoc;
        String dateOfExpiry;
        char dateOfExpiryCd;
        String dateOfExpiryCdLoc;
        /** The optional data field that may continue a long document number (TD1 line 1, others line 2). */
        String optional1;
        int optional1Line;
        int optional1Start;
        /** TD3 personal number check digit, 0 if the layout has none. */
        char optional1Cd;
        String optional1CdLoc;
        String optional2;
        /** The composite check digit, 0 if the layout has none. */
        char composite;
        String compositeData;
        String compositeLoc;
    }

    private static String loc(int line, int position) {
        return "line " + line + ", position " + position;
    }

    /** The fields of a machine-readable zone whose place {@link #LAYOUT} gives per layout. */
    public enum Field {
        DOCUMENT_CODE, ISSUING_STATE, NAME, DOCUMENT_NUMBER, DOCUMENT_NUMBER_CHECK, NATIONALITY, DATE_OF_BIRTH,
        DATE_OF_BIRTH_CHECK, SEX, DATE_OF_EXPIRY, DATE_OF_EXPIRY_CHECK,
        /** TD1 line 1 and TD2/TD3/visa line 2 optional data (TD3: the personal number). */
        OPTIONAL_DATA,
        /** TD3 personal number check digit. */
        OPTIONAL_DATA_CHECK,
        /** TD1 line 2 optional data. */
        OPTIONAL_DATA_2,
        COMPOSITE_CHECK
    }

    /** Where a field stands: line (0-based) and the characters {@code [start, end)} of it. */
    record Place(int line, int start, int end) {
        String of(List<String> lines) {
            return lines.get(line).substring(start, end);
        }

        /** "line L, position P" of the field's first character (1-based, as Doc 9303 counts). */
        String location() {
            return loc(line + 1, start + 1);
        }
    }

    /** The layout of one MRZ format: the place of each field, and what its composite check digit covers. */
    record Layout(Map<Field, Place> places, List<Place> compositeData) {
        Place place(Field f) {
            return places.get(f);
        }

        boolean has(Field f) {
            return places.containsKey(f);
        }
    }

    /** The field layouts of Doc 9303 parts 4 to 7 (TD3, TD1, TD2, MRV-A and MRV-B), the one table of offsets. */
    static final Map<MrzFormat, Layout> LAYOUT = layouts();

    private static Map<MrzFormat, Layout> layouts() {
        Map<MrzFormat, Layout> m = new EnumMap<>(MrzFormat.class);
        Map<Field, Place> td1 = new EnumMap<>(Field.class);
        td1.put(Field.DOCUMENT_CODE, new Place(0, 0, 2));
        td1.put(Field.ISSUING_STATE, new Place(0, 2, 5));
        td1.put(Field.DOCUMENT_NUMBER, new Place(0, 5, 14));
        td1.put(Field.DOCUMENT_NUMBER_CHECK, new Place(0, 14, 15));
        td1.put(Field.OPTIONAL_DATA, new Place(0, 15, 30));
        td1.put(Field.DATE_OF_BIRTH, new Place(1, 0, 6));
        td1.put(Field.DATE_OF_BIRTH_CHECK, new Place(1, 6, 7));
        td1.put(Field.SEX, new Place(1, 7, 8));
        td1.put(Field.DATE_OF_EXPIRY, new Place(1, 8, 14));
        td1.put(Field.DATE_OF_EXPIRY_CHECK, new Place(1, 14, 15));
        td1.put(Field.NATIONALITY, new Place(1, 15, 18));
        td1.put(Field.OPTIONAL_DATA_2, new Place(1, 18, 29));
        td1.put(Field.COMPOSITE_CHECK, new Place(1, 29, 30));
        td1.put(Field.NAME, new Place(2, 0, 30));
        m.put(MrzFormat.TD1, new Layout(td1, List.of(new Place(0, 5, 30), new Place(1, 0, 7), new Place(1, 8, 15),
                new Place(1, 18, 29))));
        for (MrzFormat f : new MrzFormat[] {MrzFormat.TD2, MrzFormat.TD3, MrzFormat.MRV_A, MrzFormat.MRV_B}) {
            int len = f.lineLength();
            Map<Field, Place> p = new EnumMap<>(Field.class);
            p.put(Field.DOCUMENT_CODE, new Place(0, 0, 2));
            p.put(Field.ISSUING_STATE, new Place(0, 2, 5));
            p.put(Field.NAME, new Place(0, 5, len));
            p.put(Field.DOCUMENT_NUMBER, new Place(1, 0, 9));
            p.put(Field.DOCUMENT_NUMBER_CHECK, new Place(1, 9, 10));
            p.put(Field.NATIONALITY, new Place(1, 10, 13));
            p.put(Field.DATE_OF_BIRTH, new Place(1, 13, 19));
            p.put(Field.DATE_OF_BIRTH_CHECK, new Place(1, 19, 20));
            p.put(Field.SEX, new Place(1, 20, 21));
            p.put(Field.DATE_OF_EXPIRY, new Place(1, 21, 27));
            p.put(Field.DATE_OF_EXPIRY_CHECK, new Place(1, 27, 28));
            List<Place> composite = List.of();
            switch (f) {
                case TD3 -> {
                    p.put(Field.OPTIONAL_DATA, new Place(1, 28, 42));
                    p.put(Field.OPTIONAL_DATA_CHECK, new Place(1, 42, 43));
                    p.put(Field.COMPOSITE_CHECK, new Place(1, 43, 44));
                    composite = List.of(new Place(1, 0, 10), new Place(1, 13, 20), new Place(1, 21, 43));
                }
                case TD2 -> {
                    p.put(Field.OPTIONAL_DATA, new Place(1, 28, 35));
                    p.put(Field.COMPOSITE_CHECK, new Place(1, 35, 36));
                    composite = List.of(new Place(1, 0, 10), new Place(1, 13, 20), new Place(1, 21, 35));
                }
                default -> p.put(Field.OPTIONAL_DATA, new Place(1, 28, len)); // visas: no composite check digit
            }
            m.put(f, new Layout(p, composite));
        }
        return m;
    }

    /**
     * The characters of one field as printed (fillers kept), or null if the layout has no such field.
     * {@code lines} must have the layout's shape.
     */
    public static String field(MrzFormat format, List<String> lines, Field field) {
        Layout l = LAYOUT.get(format);
        return l.has(field) ? l.place(field).of(lines) : null;
    }

    private static Raw extract(MrzFormat f, List<String> lines) {
        Layout l = LAYOUT.get(f);
        Raw r = new Raw();
        r.format = f;
        r.documentCode = l.place(Field.DOCUMENT_CODE).of(lines);
        r.issuingState = l.place(Field.ISSUING_STATE).of(lines);
        Place name = l.place(Field.NAME);
        r.name = name.of(lines);
        r.nameLine = name.line() + 1;
        r.nameStart = name.start() + 1;
        r.documentNumber = l.place(Field.DOCUMENT_NUMBER).of(lines);
        Place docCd = l.place(Field.DOCUMENT_NUMBER_CHECK);
        r.documentNumberCd = docCd.of(lines).charAt(0);
        r.documentNumberCdLoc = docCd.location();
        r.nationality = l.place(Field.NATIONALITY).of(lines);
        r.dateOfBirth = l.place(Field.DATE_OF_BIRTH).of(lines);
        Place dobCd = l.place(Field.DATE_OF_BIRTH_CHECK);
        r.dateOfBirthCd = dobCd.of(lines).charAt(0);
        r.dateOfBirthCdLoc = dobCd.location();
        Place sex = l.place(Field.SEX);
        r.sex = sex.of(lines).charAt(0);
        r.sexLoc = sex.location();
        r.dateOfExpiry = l.place(Field.DATE_OF_EXPIRY).of(lines);
        Place doeCd = l.place(Field.DATE_OF_EXPIRY_CHECK);
        r.dateOfExpiryCd = doeCd.of(lines).charAt(0);
        r.dateOfExpiryCdLoc = doeCd.location();
        Place optional = l.place(Field.OPTIONAL_DATA);
        r.optional1 = optional.of(lines);
        r.optional1Line = optional.line() + 1;
        r.optional1Start = optional.start() + 1;
        if (l.has(Field.OPTIONAL_DATA_CHECK)) {
            Place cd = l.place(Field.OPTIONAL_DATA_CHECK);
            r.optional1Cd = cd.of(lines).charAt(0);
            r.optional1CdLoc = cd.location();
        }
        if (l.has(Field.OPTIONAL_DATA_2)) {
            r.optional2 = l.place(Field.OPTIONAL_DATA_2).of(lines);
        }
        if (l.has(Field.COMPOSITE_CHECK)) {
            Place cd = l.place(Field.COMPOSITE_CHECK);
            r.composite = cd.of(lines).charAt(0);
            r.compositeLoc = cd.location();
            StringBuilder data = new StringBuilder(64);
            for (Place p : l.compositeData()) {
                data.append(p.of(lines));
            }
            r.compositeData = data.toString();
        }
        return r;
    }

    // ------------------------------------------------------------------ verification

    /** Result of resolving the document number (possibly continued in the optional data). */
    private record DocumentNumber(String number, int consumedFromOptional, Check check) {
    }

    private static MrzReading verify(MrzFormat f, List<String> lines, List<String> notes, LocalDate ref) {
        Raw r = extract(f, lines);
        DocumentNumber docNo = documentNumber(r);
        MrzDate dob = MrzDate.parse(r.dateOfBirth, true, ref);
        MrzDate doe = MrzDate.parse(r.dateOfExpiry, false, ref);
        String[] names = splitName(r.name);
        String optional1 = stripFillers(r.optional1.substring(docNo.consumedFromOptional()));
        MrzData data = new MrzData(f,
                stripTrailingFillers(r.documentCode),
                stripFillers(r.issuingState),
                names[0], names[1],
                docNo.number(),
                stripFillers(r.nationality),
                dob.date, r.dateOfBirth,
                sex(r.sex),
                doe.date, r.dateOfExpiry,
                optional1,
                r.optional2 == null ? null : stripFillers(r.optional2));

        List<Check> checks = new ArrayList<>(6);
        checks.add(formatCheck(r, data, notes));
        checks.add(docNo.check());
        checks.add(dateCheck(CheckIds.MRZ_DATE_OF_BIRTH, "date of birth", r.dateOfBirth, r.dateOfBirthCd,
                r.dateOfBirthCdLoc, dob, ref));
        checks.add(dateCheck(CheckIds.MRZ_DATE_OF_EXPIRY, "date of expiry", r.dateOfExpiry, r.dateOfExpiryCd,
                r.dateOfExpiryCdLoc, doe, ref));
        checks.add(optionalDataCheck(r));
        checks.add(compositeCheck(r));
        return new MrzReading(f, data, checks);
    }

    // ---- mrz.format

    private static Check formatCheck(Raw r, MrzData data, List<String> notes) {
        List<String> fails = new ArrayList<>();
        List<String> warns = new ArrayList<>();
        MrzFormat f = r.format;

        char c0 = r.documentCode.charAt(0);
        char c1 = r.documentCode.charAt(1);
        if (!(c0 >= 'A' && c0 <= 'Z')) {
            fails.add("document code '" + r.documentCode + "' does not start with a letter");
        } else {
            String expected = switch (f) {
                case TD3 -> "P";
                case TD1, TD2 -> "ACI";
                case MRV_A, MRV_B -> "V";
            };
            if (expected.indexOf(c0) < 0) {
                warns.add("document code '" + r.documentCode + "' is unusual for " + f.displayName()
                        + " (Doc 9303 uses " + String.join(" or ", expected.split("")) + " as first letter)");
            }
            if (c1 >= '0' && c1 <= '9') {
                warns.add("document code '" + r.documentCode + "' has a digit as its second character");
            }
        }

        codeProblems("issuing state", r.issuingState, true, fails, warns);
        codeProblems("nationality", r.nationality, false, fails, warns);

        int digitAt = firstDigit(r.name);
        if (digitAt >= 0) {
            char d = r.name.charAt(digitAt);
            fails.add("name contains the digit '" + d + "' at " + loc(r.nameLine, r.nameStart + digitAt)
                    + (d == '0' ? " (possibly a misread letter O)" : ""));
        }
        if (data.surname().isEmpty() && data.givenNames().isEmpty()) {
            fails.add("name field is empty");
        } else if (data.surname().isEmpty()) {
            warns.add("primary identifier (surname) is empty");
        }
        if (data.sex() == null) {
            fails.add("sex '" + r.sex + "' at " + r.sexLoc + ": expected M, F, X or <");
        }

        List<String> parts = new ArrayList<>();
        parts.add(describeFormat(f) + ": document code " + data.documentCode() + ", issuing state "
                + (data.issuingState().isEmpty() ? "(blank)" : data.issuingState()));
        parts.addAll(fails);
        parts.addAll(warns);
        parts.addAll(notes);
        if (r.name.charAt(r.name.length() - 1) != '<' && digitAt < 0) {
            parts.add("name field is full: the name may be truncated");
        }
        String detail = String.join("; ", parts);
        if (!fails.isEmpty()) {
            return Check.fail(CheckIds.MRZ_FORMAT, detail);
        }
        if (!warns.isEmpty()) {
            return Check.warn(CheckIds.MRZ_FORMAT, detail);
        }
        return Check.pass(CheckIds.MRZ_FORMAT, detail);
    }

    private static void codeProblems(String label, String code, boolean mandatory, List<String> fails,
                                     List<String> warns) {
        if (isAllFiller(code)) {
            (mandatory ? fails : warns).add(label + " is blank ('" + code + "')");
            return;
        }
        if (code.charAt(0) == '<') {
            fails.add(label + " '" + code + "' starts with a filler");
            return;
        }
        int d = firstDigit(code);
        if (d >= 0) {
            fails.add(label + " '" + code + "' contains the digit '" + code.charAt(d) + "'"
                    + (code.charAt(d) == '0' ? " (possibly a misread letter O)" : "")
                    + "; country codes are letters");
        }
    }

    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    // ---- mrz.document-number

    private static DocumentNumber documentNumber(Raw r) {
        String id = CheckIds.MRZ_DOCUMENT_NUMBER;
        String field = r.documentNumber;
        char cd = r.documentNumberCd;
        int expected = CheckDigit.compute(field);
        if (cd != '<') {
            String number = stripTrailingFillers(field);
            if (number.isEmpty()) {
                return new DocumentNumber(number, 0, Check.fail(id, "document number is blank (only fillers)"));
            }
            if (cd == (char) ('0' + expected)) {
                return new DocumentNumber(number, 0, Check.pass(id,
                        "document number " + number + ": check digit " + cd + " correct"));
            }
            return new DocumentNumber(number, 0, Check.fail(id,
                    mismatch("document number", expected, cd, r.documentNumberCdLoc)
                            + ocrHint("document number", field, cd)));
        }
        // '<' in the check-digit position: allowed only for a number longer than 9 characters.
        String optional = r.optional1;
        boolean fieldFull = field.indexOf('<') < 0;
        int run = 0;
        while (run < optional.length() && optional.charAt(run) != '<') {
            run++;
        }
        if (fieldFull && run >= 2 && Character.isDigit(optional.charAt(run - 1))) {
            String rest = optional.substring(0, run - 1);
            char restCd = optional.charAt(run - 1);
            String number = field + rest;
            int consumed = run < optional.length() ? run + 1 : run;
            int expectedLong = CheckDigit.compute(number);
            String cdLoc = loc(r.optional1Line, r.optional1Start + run - 1);
            if (restCd == (char) ('0' + expectedLong)) {
                return new DocumentNumber(number, consumed, Check.pass(id, "document number " + number + " ("
                        + number.length() + " characters: the 9-character field is full and the number continues"
                        + " in the optional data): check digit " + restCd + " correct"));
            }
            return new DocumentNumber(number, consumed, Check.fail(id,
                    mismatch("document number", expectedLong, restCd, cdLoc) + "; long document number "
                            + number + " continues in the optional data" + ocrHint("document number", number,
                            restCd)));
        }
        String why = !fieldFull
                ? "the number field is not full, so the number does not continue in the optional data"
                : "the optional data does not continue the number with its check digit";
        return new DocumentNumber(stripTrailingFillers(field), 0, Check.fail(id,
                mismatch("document number", expected, cd, r.documentNumberCdLoc)
                        + ": a filler is allowed there only for a number longer than 9 characters, and " + why));
    }

    // ---- dates

    private static Check dateCheck(String id, String label, String raw, char cd, String cdLoc, MrzDate date,
                                   LocalDate ref) {
        List<String> fails = new ArrayList<>();
        int expected = CheckDigit.compute(raw);
        boolean cdOk = cd == (char) ('0' + expected);
        if (!cdOk) {
            fails.add(mismatch(label, expected, cd, cdLoc) + (cd == '<' ? " (a filler is not allowed here)" : ""));
        }
        if (date.problem != null) {
            fails.add(label + " " + raw + " " + date.problem);
        }
        if (!fails.isEmpty()) {
            return Check.fail(id, String.join("; ", fails));
        }
        if (!date.unknown.isEmpty()) {
            List<String> u = date.unknown;
            String what = u.contains("month") || u.contains("day")
                    ? "unknown day/month (" + naturalList(u) + " not known)"
                    : "unknown year";
            return Check.warn(id, label + " " + raw + " has " + what + "; check digit " + cd + " correct");
        }
        String detail = label + " " + raw + " = " + date.date + "; check digit " + cd + " correct";
        if (id.equals(CheckIds.MRZ_DATE_OF_EXPIRY) && date.date.isBefore(ref)) {
            detail += " (expired before the reference date " + ref + ")";
        }
        return Check.pass(id, detail);
    }

    // ---- mrz.optional-data

    private static Check optionalDataCheck(Raw r) {
        String id = CheckIds.MRZ_OPTIONAL_DATA;
        if (r.format != MrzFormat.TD3) {
            return Check.skipped(id, r.format.displayName() + " has no check digit over the optional data");
        }
        String pn = r.optional1;
        char cd = r.optional1Cd;
        if (isAllFiller(pn)) {
            if (cd == '<' || cd == '0') {
                return Check.pass(id, "personal number empty; check digit '" + cd + "' accepted"
                        + " (Doc 9303 allows '<' or 0 for an all-filler personal number)");
            }
            return Check.fail(id, "personal number check digit: expected 0 or '<', found " + found(cd)
                    + " (" + r.optional1CdLoc + "); the personal number is empty");
        }
        int expected = CheckDigit.compute(pn);
        if (cd == (char) ('0' + expected)) {
            return Check.pass(id, "personal number " + stripFillers(pn) + ": check digit " + cd + " correct");
        }
        String extra = cd == '<' ? " (a filler is allowed only when the personal number is empty)" : "";
        return Check.fail(id, mismatch("personal number", expected, cd, r.optional1CdLoc) + extra
                + ocrHint("personal number", pn, cd));
    }

    // ---- mrz.composite

    private static Check compositeCheck(Raw r) {
        String id = CheckIds.MRZ_COMPOSITE;
        if (r.compositeData == null) {
            return Check.skipped(id, r.format.displayName() + " visas have no composite check digit");
        }
        int expected = CheckDigit.compute(r.compositeData);
        char cd = r.composite;
        if (cd == (char) ('0' + expected)) {
            return Check.pass(id, "composite check digit " + cd + " correct");
        }
        return Check.fail(id, mismatch("composite", expected, cd, r.compositeLoc)
                + (cd == '<' ? " (a filler is not allowed here)" : ""));
    }

    // ------------------------------------------------------------------ helpers

    private static String mismatch(String label, int expected, char found, String location) {
        String s = label + " check digit: expected " + expected + ", found " + found(found) + " (" + location + ")";
        if (found == 'O' && expected == 0) {
            s += ", possibly a misread 0";
        }
        return s;
    }

    private static String found(char c) {
        return c >= '0' && c <= '9' ? String.valueOf(c) : "'" + c + "'";
    }

    /**
     * If swapping one O for 0 (or 0 for O) in the data, or reading a printed O check digit as 0, makes the check digit
     * right, says so: an officer can then look at the document. Nothing is corrected.
     */
    private static String ocrHint(String label, String data, char cd) {
        char digit = cd == 'O' ? '0' : cd;
        if (digit < '0' || digit > '9') {
            return "";
        }
        char[] chars = data.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c != 'O' && c != '0') {
                continue;
            }
            chars[i] = c == 'O' ? '0' : 'O';
            boolean ok = CheckDigit.isValid(new String(chars), digit);
            chars[i] = c;
            if (ok) {
                return "; reading the '" + c + "' at character " + (i + 1) + " of the " + label + " as '"
                        + (c == 'O' ? '0' : 'O') + "' would match: possible O/0 confusion, compare with the"
                        + " printed data";
            }
        }
        return "";
    }

    /** "day", "month and day", "year, month and day". */
    private static String naturalList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static boolean isAllFiller(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '<') {
                return false;
            }
        }
        return true;
    }

    static String stripFillers(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '<') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(start, end);
    }

    static String stripTrailingFillers(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Splits a name field into primary and secondary identifiers: {@code <<} separates them, {@code <} is a space. */
    static String[] splitName(String field) {
        int sep = field.indexOf("<<");
        String primary = sep < 0 ? field : field.substring(0, sep);
        String secondary = sep < 0 ? "" : field.substring(sep + 2);
        return new String[] {nameText(primary), nameText(secondary)};
    }

    private static String nameText(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String sex(char c) {
        return switch (c) {
            case 'M' -> "M";
            case 'F' -> "F";
            case '<', 'X' -> "X";
            default -> null;
        };
    }

    private static MrzReading notMrz(String detail) {
        List<Check> checks = new ArrayList<>(6);
        checks.add(Check.fail(CheckIds.MRZ_FORMAT, detail));
        for (String id : CheckIds.MRZ) {
            if (!id.equals(CheckIds.MRZ_FORMAT)) {
                checks.add(Check.skipped(id, NOT_CHECKED));
            }
        }
        return new MrzReading(null, null, checks);
    }

    private static MrzReading internalError(Throwable e) {
        return notMrz("could not read the MRZ: internal error (" + e.getClass().getSimpleName() + ")");
    }
}
