package org.safepassage.ingest.edifact;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safepassage.manifest.model.ParseWarning;

/**
 * The EDIFACT syntax layer: splits an interchange into {@link Segment}s, one at a time, honouring
 * the service characters and the deviations real carriers send.
 *
 * <ul>
 *   <li>Bytes are decoded as UTF-8; if they are not valid UTF-8, as ISO-8859-1 (with a warning).
 *       Characters outside the declared syntax level (UNOA...) are kept.</li>
 *   <li>Separators come from the UNA, else the defaults {@code :+.? '} (repetition {@code *} under
 *       syntax version 4). A space as repetition separator or release character means "none".</li>
 *   <li>The body is the authority: a UNA cut short, or one that declares a segment terminator,
 *       element or component separator the body does not use, is corrected from the UNB segment
 *       (with a warning).</li>
 *   <li>Line breaks are not data: CR and LF are dropped wherever they are (segments wrapped across
 *       lines are joined), unless a line break is itself the segment terminator. Spaces before a
 *       tag and between a tag and its first separator are ignored.</li>
 *   <li>Reading stops after UNZ; anything after it is reported and ignored. Text before the
 *       interchange header is reported and skipped.</li>
 * </ul>
 *
 * <p>Not thread-safe; one reader per input. Memory: the decoded text plus one small array per
 * segment handed out (nothing is retained by the reader).
 */
public final class EdifactReader {

    /** Segments longer than this are skipped with a warning (real segments are well under 4 KB). */
    static final int MAX_SEGMENT_CHARS = 1 << 20;
    private static final int MAX_CHARS = (1 << 29) - 1;
    private static final int HEADER_SEARCH_LIMIT = 4096;
    private static final int[] NO_MARKS = new int[0];

    private final char[] text;
    private final int limit;
    private final Separators separators;
    private final String charset;
    private final String syntaxIdentifier;
    private final String syntaxVersion;
    private final boolean unaPresent;
    private final List<ParseWarning> warnings = new ArrayList<>();

    private final boolean[] delimiter;
    private final boolean allAscii;
    private int cursor;
    private int position;
    private boolean finished;
    private int[] scratch = new int[64];
    private String[] tagCache = new String[256];

    private EdifactReader(byte[] raw, String expected) throws UnparseableMessageException {
        if (raw == null || raw.length == 0) {
            throw new UnparseableMessageException("the input is empty");
        }
        if (raw.length > MAX_CHARS) {
            throw new UnparseableMessageException("the input is larger than " + (MAX_CHARS >> 20) + " MB");
        }
        String[] cs = new String[1];
        char[] decoded = decode(raw, cs);
        this.charset = cs[0];
        if (!"UTF-8".equals(charset)) {
            warnings.add(new ParseWarning(0, null,
                    "the input is not valid UTF-8; decoded as ISO-8859-1 (characters may be misread)"));
        }
        int n = decoded.length;
        int start = findHeader(decoded, n);
        if (start < 0) {
            throw new UnparseableMessageException(looksBinary(decoded, n)
                    ? "the input is binary, not an EDIFACT interchange (no UNA/UNB header in the first "
                      + HEADER_SEARCH_LIMIT + " characters)"
                    : "no interchange header (UNB) found in the first " + HEADER_SEARCH_LIMIT
                      + " characters; this is not " + expected);
        }
        if (hasNonWhitespace(decoded, 0, start)) {
            warnings.add(new ParseWarning(0, null, start + " characters before the interchange header were ignored"));
        }
        this.unaPresent = startsWith(decoded, start, n, "UNA");
        int body = start;
        Separators declared = Separators.DEFAULT;
        if (unaPresent) {
            int[] bodyStart = new int[1];
            declared = readUna(decoded, start, n, bodyStart);
            body = bodyStart[0];
        }
        Separators sep = fromBody(decoded, body, n, declared);
        String[] syntax = syntaxOf(decoded, body, n, sep);
        this.syntaxIdentifier = syntax[0];
        this.syntaxVersion = syntax[1];
        if (!unaPresent && "4".equals(syntaxVersion)) {
            sep = sep.withRepetition('*');
        }
        if (!sep.distinct()) {
            warnings.add(new ParseWarning(0, null, "the service characters " + quote(sep.asUna())
                    + " are not distinct; using the defaults " + quote(Separators.DEFAULT.asUna())));
            sep = Separators.DEFAULT;
        }
        this.separators = sep;
        // line breaks are not data unless one is the terminator: compact the decoded text in place
        char dropA = sep.terminator() == '\n' ? '\r' : '\n';
        char dropB = sep.terminator() == '\r' || sep.terminator() == '\n' ? dropA : '\r';
        int j = body;
        for (int i = body; i < n; i++) {
            char c = decoded[i];
            if (c != dropA && c != dropB) {
                decoded[j++] = c;
            }
        }
        this.text = decoded;
        this.cursor = body;
        this.limit = j;
        // one lookup per character while scanning: which characters are delimiters
        this.delimiter = new boolean[128];
        this.allAscii = sep.terminator() < 128 && sep.element() < 128 && sep.component() < 128
                && sep.release() < 128 && sep.repetition() < 128;
        delimiter[sep.terminator() & 127] = true;
        delimiter[sep.element() & 127] = true;
        delimiter[sep.component() & 127] = true;
        if (sep.release() != Separators.NONE) {
            delimiter[sep.release() & 127] = true;
        }
        if (sep.repetition() != Separators.NONE) {
            delimiter[sep.repetition() & 127] = true;
        }
    }

    /**
     * Opens an interchange. Throws when the bytes cannot be an EDIFACT interchange at all (empty,
     * binary, no UNA/UNB header near the start).
     */
    public static EdifactReader open(byte[] raw) throws UnparseableMessageException {
        return open(raw, "an EDIFACT interchange");
    }

    /**
     * Opens an interchange; {@code expected} says what the caller reads, for the rejection reason
     * when there is no interchange header (e.g. {@code a PAXLST/PNRGOV interchange}).
     */
    static EdifactReader open(byte[] raw, String expected) throws UnparseableMessageException {
        return new EdifactReader(raw, expected);
    }

    /** Reads every segment (convenience for tests and small inputs). */
    List<Segment> readAll() {
        List<Segment> all = new ArrayList<>();
        for (Segment s = next(); s != null; s = next()) {
            all.add(s);
        }
        return all;
    }

    /** The separators the body is read with (after any correction from the body). */
    Separators separators() {
        return separators;
    }

    /** {@code UTF-8} or {@code ISO-8859-1}. */
    String charset() {
        return charset;
    }

    /** Syntax identifier from UNB (e.g. {@code UNOA}), or {@code null}. */
    String syntaxIdentifier() {
        return syntaxIdentifier;
    }

    /** Syntax version from UNB (e.g. {@code 4}), or {@code null}. */
    String syntaxVersion() {
        return syntaxVersion;
    }

    /** {@code true} when the interchange started with a UNA. */
    boolean unaPresent() {
        return unaPresent;
    }

    /** Syntax-level warnings so far (decoding, separators, truncation, junk after UNZ). */
    List<ParseWarning> warnings() {
        return warnings;
    }

    /** Number of segments handed out so far. */
    int segmentsRead() {
        return position;
    }

    /**
     * Feeds the decoded text from offset {@code from} to {@code to} (exclusive) into a digest,
     * UTF-8 encoded.
     */
    void digest(MessageDigest md, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(limit, to);
        if (from >= to) {
            return;
        }
        byte[] buf = new byte[Math.min(8192, to - from)];
        int i = from;
        while (i < to) {
            int k = 0;
            while (i < to && k < buf.length && text[i] < 0x80) {
                buf[k++] = (byte) text[i++];
            }
            md.update(buf, 0, k);
            if (i < to && text[i] >= 0x80) {
                int j = i;
                while (j < to && j - i < 4096 && text[j] >= 0x80) {
                    j++;
                }
                if (j < to && Character.isLowSurrogate(text[j])) {
                    j++;
                }
                md.update(new String(text, i, j - i).getBytes(StandardCharsets.UTF_8));
                i = j;
            }
        }
    }

    /** The next segment, or {@code null} after UNZ or at the end of the input. */
    public Segment next() {
        if (finished) {
            return null;
        }
        final char[] a = text;
        final int n = limit;
        final char term = separators.terminator();
        final char elem = separators.element();
        final char comp = separators.component();
        final int rep = separators.repetition();
        final int rel = separators.release();
        int i = cursor;
        while (true) {
            while (i < n && (a[i] <= ' ' || a[i] == term || a[i] == '\uFEFF')) {
                i++;
            }
            if (i >= n) {
                finished = true;
                cursor = n;
                return null;
            }
            int segStart = i;
            int nm = 0;
            int[] marks = scratch;
            boolean hasRelease = false;
            for (; i < n; i++) {
                char c = a[i];
                if (allAscii && (c >= 128 || !delimiter[c])) {
                    continue;
                }
                if (c == term) {
                    break;
                } else if (c == elem) {
                    if (nm == marks.length) {
                        marks = grow(marks);
                    }
                    marks[nm++] = (i << 2) | Segment.ELEMENT;
                } else if (c == comp) {
                    if (nm == marks.length) {
                        marks = grow(marks);
                    }
                    marks[nm++] = (i << 2) | Segment.COMPONENT;
                } else if (c == rep) {
                    if (nm == marks.length) {
                        marks = grow(marks);
                    }
                    marks[nm++] = (i << 2) | Segment.REPETITION;
                } else if (c == rel) {
                    hasRelease = true;
                    i++;
                }
            }
            int segEnd = Math.min(i, n);
            boolean terminated = i < n;
            cursor = segEnd + 1;
            position++;
            if (marks.length > 4096) {
                scratch = new int[64];
            } else {
                scratch = marks;
            }
            String tag = tag(a, segStart, segEnd, marks, nm);
            if (segEnd - segStart > MAX_SEGMENT_CHARS) {
                warnings.add(new ParseWarning(position, tag, "segment is longer than "
                        + (MAX_SEGMENT_CHARS >> 10) + " KB and was skipped"));
                i = cursor;
                continue;
            }
            int[] own = nm == 0 ? NO_MARKS : Arrays.copyOf(marks, nm);
            Segment segment = new Segment(a, segStart, segEnd, own, tag, position, rel, hasRelease);
            if (!terminated) {
                finished = true;
                if (!"UNZ".equals(tag) && !"UNT".equals(tag) && !"UNE".equals(tag)) {
                    warnings.add(new ParseWarning(position, tag,
                            "the input ends inside this segment (truncated?); the incomplete segment was dropped"));
                    return null;
                }
                warnings.add(new ParseWarning(position, tag, "the last segment has no segment terminator"));
            }
            if ("UNZ".equals(tag)) {
                finished = true;
                if (hasNonWhitespace(a, Math.min(cursor, n), n)) {
                    int junkStart = Math.min(cursor, n);
                    boolean another = indexOf(a, junkStart, n, "UNB") >= 0;
                    warnings.add(new ParseWarning(position, tag, (n - junkStart)
                            + " characters after UNZ were ignored"
                            + (another ? " (they look like another interchange, which was not read)" : "")));
                }
            }
            return segment;
        }
    }

    private static int[] grow(int[] marks) {
        return Arrays.copyOf(marks, marks.length * 2);
    }

    private String tag(char[] a, int from, int segEnd, int[] marks, int nm) {
        int to = nm > 0 ? marks[0] >>> 2 : segEnd;
        while (to > from && a[to - 1] <= ' ') {
            to--;
        }
        int len = to - from;
        if (len == 3) {
            char c0 = a[from];
            char c1 = a[from + 1];
            char c2 = a[from + 2];
            if (isUpperAlnum(c0) && isUpperAlnum(c1) && isUpperAlnum(c2)) {
                int h = (c0 * 31 * 31 + c1 * 31 + c2) & 255;
                String cached = tagCache[h];
                if (cached != null && cached.charAt(0) == c0 && cached.charAt(1) == c1 && cached.charAt(2) == c2) {
                    return cached;
                }
                String t = new String(a, from, 3);
                tagCache[h] = t;
                return t;
            }
        }
        return new String(a, from, Math.min(len, 16));
    }

    private static boolean isUpperAlnum(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    // ---- decoding ----------------------------------------------------------------------------

    private static char[] decode(byte[] raw, String[] charset) {
        int off = raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF ? 3 : 0;
        char[] c = new char[raw.length - off];
        boolean ascii = true;
        for (int i = off; i < raw.length; i++) {
            byte b = raw[i];
            if (b < 0) {
                ascii = false;
                break;
            }
            c[i - off] = (char) b;
        }
        if (ascii) {
            charset[0] = "UTF-8";
            return c;
        }
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw, off, raw.length - off));
            charset[0] = "UTF-8";
            char[] u = new char[cb.remaining()];
            cb.get(u);
            return u;
        } catch (CharacterCodingException e) {
            charset[0] = "ISO-8859-1";
            char[] l = new char[raw.length];
            for (int i = 0; i < raw.length; i++) {
                l[i] = (char) (raw[i] & 0xff);
            }
            return l;
        }
    }

    private static boolean looksBinary(char[] a, int n) {
        int m = Math.min(n, HEADER_SEARCH_LIMIT);
        int control = 0;
        for (int i = 0; i < m; i++) {
            char c = a[i];
            if (c < ' ' && c != '\r' && c != '\n' && c != '\t') {
                control++;
            }
        }
        return control * 20 > m;
    }

    // ---- header and separators ---------------------------------------------------------------

    /** Index of the UNA or UNB that starts the interchange, or -1. */
    private static int findHeader(char[] a, int n) {
        int m = Math.min(n, HEADER_SEARCH_LIMIT);
        for (int i = 0; i + 3 <= m; i++) {
            if (a[i] != 'U' || a[i + 1] != 'N') {
                continue;
            }
            char c = a[i + 2];
            if ((c == 'A' || c == 'B') && (i == 0 || !isUpperAlnum(a[i - 1])) && i + 3 < n && !isUpperAlnum(a[i + 3])) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the UNA at {@code p}; sets {@code bodyStart[0]} to where the body (UNB) begins. */
    private Separators readUna(char[] a, int p, int n, int[] bodyStart) {
        StringBuilder svc = new StringBuilder(6);
        int q = p + 3;
        int unb = -1;
        while (q < n && svc.length() < 6) {
            if (svc.length() >= 2 && startsWith(a, q, n, "UNB")) {
                unb = q;
                break;
            }
            char c = a[q];
            if (c != '\r' && c != '\n') {
                svc.append(c);
            }
            q++;
        }
        bodyStart[0] = q;
        if (unb < 0) {
            int u = indexOf(a, q, Math.min(n, q + 64), "UNB");
            if (u >= 0) {
                bodyStart[0] = u;
                if (hasNonWhitespace(a, q, u)) {
                    warnings.add(new ParseWarning(0, "UNA", "characters between UNA and UNB were ignored"));
                }
            }
        }
        String s = svc.toString();
        if (s.length() == 6) {
            return new Separators(s.charAt(0), s.charAt(1), s.charAt(2), noneIfSpace(s.charAt(3)),
                    noneIfSpace(s.charAt(4)), s.charAt(5));
        }
        if (s.length() < 2) {
            warnings.add(new ParseWarning(0, "UNA", "UNA holds " + s.length()
                    + " of 6 service characters; separators taken from the body"));
            return Separators.DEFAULT;
        }
        char component = s.charAt(0);
        char element = s.charAt(1);
        char terminator = s.length() >= 3 ? s.charAt(s.length() - 1) : '\'';
        String middle = s.length() >= 3 ? s.substring(2, s.length() - 1) : "";
        char decimal = '.';
        int release = Separators.NONE;
        int repetition = Separators.NONE;
        int k = 0;
        if (k < middle.length() && (middle.charAt(k) == '.' || middle.charAt(k) == ',')) {
            decimal = middle.charAt(k++);
        }
        if (k < middle.length()) {
            char c = middle.charAt(k);
            if (c == '*' && k == middle.length() - 1) {
                repetition = '*';
            } else {
                release = noneIfSpace(c);
            }
            k++;
        }
        if (k < middle.length()) {
            repetition = noneIfSpace(middle.charAt(k));
        }
        Separators sep = new Separators(component, element, decimal, release, repetition, terminator);
        warnings.add(new ParseWarning(0, "UNA", "UNA is cut short (" + s.length()
                + " of 6 service characters); read as " + quote(sep.asUna())));
        return sep;
    }

    private static int noneIfSpace(char c) {
        return c == ' ' ? Separators.NONE : c;
    }

    /** Checks the declared separators against the UNB segment and the segment after it. */
    private Separators fromBody(char[] a, int body, int n, Separators declared) {
        int b = body;
        while (b < n && a[b] <= ' ') {
            b++;
        }
        if (!startsWith(a, b, n, "UNB")) {
            return declared;
        }
        Separators sep = declared;
        int e = b + 3;
        while (e < n && a[e] == ' ') {
            e++;
        }
        if (e < n && !isUpperAlnum(a[e]) && a[e] > ' ' && a[e] != sep.element()) {
            warnings.add(new ParseWarning(1, "UNB", "the body uses " + quote(String.valueOf(a[e]))
                    + " as element separator, not " + quote(String.valueOf(sep.element())) + " as declared; using the body's"));
            sep = sep.withElement(a[e]);
        }
        // component separator: first non-alphanumeric character of UNB's first element (UNOA:4)
        for (int i = e + 1; i < n && i < e + 16; i++) {
            char c = a[i];
            if (c == sep.element() || c == sep.terminator()) {
                break;
            }
            if (!isUpperAlnum(c) && c > ' ') {
                if (c != sep.component()) {
                    warnings.add(new ParseWarning(1, "UNB", "the body uses " + quote(String.valueOf(c))
                            + " as component separator, not " + quote(String.valueOf(sep.component()))
                            + " as declared; using the body's"));
                    sep = sep.withComponent(c);
                }
                break;
            }
        }
        // terminator: the character before the segment that follows UNB (UNG or UNH)
        int next = -1;
        int searchEnd = Math.min(n, b + HEADER_SEARCH_LIMIT);
        for (int i = b + 3; i + 3 < searchEnd; i++) {
            if (a[i] == 'U' && a[i + 1] == 'N' && (a[i + 2] == 'G' || a[i + 2] == 'H')
                    && !isUpperAlnum(a[i + 3]) && !isUpperAlnum(a[i - 1])) {
                next = i;
                break;
            }
        }
        if (next > 0) {
            int t = next - 1;
            while (t > b && (a[t] == ' ' || a[t] == '\t')) {
                t--;
            }
            char candidate = a[t];
            if (candidate == '\n' || candidate == '\r') {
                int u = t;
                while (u > b && (a[u] == '\n' || a[u] == '\r' || a[u] == ' ' || a[u] == '\t')) {
                    u--;
                }
                candidate = isUpperAlnum(a[u]) ? '\n' : a[u];
            }
            if (candidate != sep.terminator() && !isUpperAlnum(candidate) && candidate != sep.element()
                    && candidate != sep.component()) {
                boolean releasedAway = sep.release() != Separators.NONE && t - 1 > b && a[t - 1] == sep.release();
                if (!releasedAway) {
                    warnings.add(new ParseWarning(1, "UNB", "the body ends segments with "
                            + quote(String.valueOf(candidate)) + ", not " + quote(String.valueOf(sep.terminator()))
                            + " as declared; using the body's"));
                    sep = sep.withTerminator(candidate);
                }
            }
        }
        if (sep.release() != Separators.NONE && (sep.release() == sep.terminator() || sep.release() == sep.element()
                || sep.release() == sep.component())) {
            sep = sep.withRelease(Separators.NONE);
        }
        if (sep.repetition() != Separators.NONE && (sep.repetition() == sep.terminator()
                || sep.repetition() == sep.element() || sep.repetition() == sep.component()
                || sep.repetition() == sep.release())) {
            sep = sep.withRepetition(Separators.NONE);
        }
        return sep;
    }

    /** Syntax identifier and version from the first element of UNB. */
    private static String[] syntaxOf(char[] a, int body, int n, Separators sep) {
        int b = body;
        while (b < n && a[b] <= ' ') {
            b++;
        }
        if (!startsWith(a, b, n, "UNB")) {
            return new String[2];
        }
        int i = b + 3;
        while (i < n && a[i] != sep.element() && a[i] != sep.terminator()) {
            i++;
        }
        int from = i + 1;
        int to = from;
        while (to < n && to < from + 32 && a[to] != sep.element() && a[to] != sep.terminator()) {
            to++;
        }
        String first = new String(a, Math.min(from, n), Math.max(0, Math.min(to, n) - Math.min(from, n))).trim();
        int c = first.indexOf(sep.component());
        String id = c < 0 ? first : first.substring(0, c).trim();
        String version = c < 0 ? null : first.substring(c + 1).trim();
        if (version != null) {
            int more = version.indexOf(sep.component());
            if (more >= 0) {
                version = version.substring(0, more);
            }
        }
        return new String[] {id.isEmpty() ? null : id, version == null || version.isEmpty() ? null : version};
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static boolean startsWith(char[] a, int i, int n, String s) {
        if (i < 0 || i + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (a[i + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(char[] a, int from, int to, String s) {
        for (int i = Math.max(0, from); i + s.length() <= to; i++) {
            if (startsWith(a, i, to, s)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasNonWhitespace(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] > ' ' && a[i] != '\uFEFF') {
                return true;
            }
        }
        return false;
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        boolean nonAscii = false;
        for (char c : s.toCharArray()) {
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(c);
                nonAscii |= c > 0x7e;
            }
        }
        sb.append('"');
        if (nonAscii && s.length() == 1) {
            sb.append(String.format(" (U+%04X)", (int) s.charAt(0)));
        }
        return sb.toString();
    }
}
