package org.safepassage.ingest.edifact;

/**
 * One segment of an interchange, read without copying: a view on the decoded text with the
 * positions of its separators. Values are materialised as strings only when asked for.
 *
 * <p>Addressing: data elements are numbered from 0 (the first element after the tag), components
 * within an element from 0, repetitions from 0. For {@code NAD+FL+++CLARK:MICHAEL},
 * {@code value(0)} is {@code FL} and {@code value(3, 1)} is {@code MICHAEL}. Values are returned
 * with release characters removed and surrounding spaces trimmed; an empty or absent value is
 * {@code null}.
 */
public final class Segment {

    static final int ELEMENT = 1;
    static final int COMPONENT = 2;
    static final int REPETITION = 3;

    private final char[] text;
    private final int start;
    private final int end;
    private final int[] marks;
    private final String tag;
    private final int position;
    private final int release;
    private final boolean hasRelease;

    Segment(char[] text, int start, int end, int[] marks, String tag, int position, int release, boolean hasRelease) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.marks = marks;
        this.tag = tag;
        this.position = position;
        this.release = release;
        this.hasRelease = hasRelease;
    }

    /** The segment tag, e.g. {@code NAD} (spaces before the first separator removed). */
    public String tag() {
        return tag;
    }

    /** 1-based position of the segment in the interchange (UNA not counted). */
    public int position() {
        return position;
    }

    /** Offset of the segment's first character in the decoded text. */
    int start() {
        return start;
    }

    /** Offset just past the segment's last character (where its terminator is, if it had one). */
    int end() {
        return end;
    }

    /** Number of data elements after the tag. */
    int elementCount() {
        int n = 0;
        for (int m : marks) {
            if ((m & 3) == ELEMENT) {
                n++;
            }
        }
        return n;
    }

    /** Number of repetitions of an element (1 for an element without repetition separators, 0 if absent). */
    int repetitionCount(int element) {
        int e = -1;
        int reps = 0;
        for (int m : marks) {
            int type = m & 3;
            if (type == ELEMENT) {
                if (e == element) {
                    break;
                }
                e++;
                reps = 1;
            } else if (type == REPETITION && e == element) {
                reps++;
            }
        }
        return e == element ? reps : 0;
    }

    /** Number of components in the first repetition of an element (0 if absent). */
    public int componentCount(int element) {
        int e = -1;
        int rep = 0;
        int comps = 0;
        for (int m : marks) {
            int type = m & 3;
            if (type == ELEMENT) {
                if (e == element) {
                    break;
                }
                e++;
                rep = 0;
                comps = 1;
            } else if (e == element && rep == 0) {
                if (type == COMPONENT) {
                    comps++;
                } else {
                    rep++;
                }
            }
        }
        return e == element ? comps : 0;
    }

    /** First component of the first repetition of an element. */
    public String value(int element) {
        return value(element, 0, 0);
    }

    /** A component of the first repetition of an element. */
    public String value(int element, int component) {
        return value(element, 0, component);
    }

    /** A component of one repetition of an element, or {@code null} when absent or empty. */
    public String value(int element, int repetition, int component) {
        int from = -1;
        int to = -1;
        int e = -1;
        int r = 0;
        int c = 0;
        int fieldStart = start;
        for (int m : marks) {
            int pos = m >>> 2;
            if (e == element && r == repetition && c == component) {
                from = fieldStart;
                to = pos;
                break;
            }
            int type = m & 3;
            if (type == ELEMENT) {
                if (e == element) {
                    return null;
                }
                e++;
                r = 0;
                c = 0;
            } else if (type == REPETITION) {
                if (e == element && r == repetition) {
                    return null;
                }
                r++;
                c = 0;
            } else {
                c++;
            }
            fieldStart = pos + 1;
        }
        if (from < 0) {
            if (e == element && r == repetition && c == component) {
                from = fieldStart;
                to = end;
            } else {
                return null;
            }
        }
        return string(from, to);
    }

    private String string(int from, int to) {
        while (from < to && text[from] == ' ') {
            from++;
        }
        while (to > from && text[to - 1] == ' ' && !(hasRelease && to - 2 >= from && text[to - 2] == release)) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        if (hasRelease) {
            for (int i = from; i < to; i++) {
                if (text[i] == release) {
                    return unescape(from, to);
                }
            }
        }
        return new String(text, from, to - from);
    }

    private String unescape(int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char ch = text[i];
            if (ch == release && i + 1 < to) {
                i++;
                ch = text[i];
            } else if (ch == release) {
                continue;
            }
            sb.append(ch);
        }
        String s = sb.toString().trim();
        return s.isEmpty() ? null : s;
    }

    /** Tag and position only (never values, which may be personal data). */
    @Override
    public String toString() {
        return tag + "@" + position;
    }
}
