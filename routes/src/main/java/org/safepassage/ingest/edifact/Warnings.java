package org.safepassage.ingest.edifact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safepassage.manifest.model.ParseWarning;

/**
 * Collects the warnings of one message, up to a limit (further ones are counted). Messages must not
 * contain personal data: name segments by position and tag, values only when they are codes.
 */
public final class Warnings {

    private final int max;
    private final List<ParseWarning> list = new ArrayList<>();
    private final Set<String> onceKeys = new HashSet<>();
    private int suppressed;

    Warnings(int max) {
        this.max = max;
    }

    /** Adds a warning about a segment. */
    public void add(Segment segment, String message) {
        add(segment.position(), segment.tag(), message);
    }

    /** Adds a warning. */
    public void add(int position, String tag, String message) {
        if (list.size() < max) {
            list.add(new ParseWarning(position, tag, message));
        } else {
            suppressed++;
        }
    }

    /** Adds a warning the first time {@code key} is seen in this message (e.g. one per unknown qualifier). */
    public void once(String key, Segment segment, String message) {
        if (list.size() >= max) {
            suppressed++;
        } else if (onceKeys.add(key)) {
            add(segment, message);
        }
    }

    /**
     * A code as it may appear in a warning: qualifiers and tags are short codes, so a value that is
     * not one (longer than 3 characters, or not letters and digits) is described, not printed; a name
     * shifted into a qualifier position must not end up in a warning.
     */
    public static String code(String value) {
        if (value == null) {
            return "(none)";
        }
        if (value.length() <= 3 && value.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
            return value;
        }
        return "(a " + value.length() + "-character value)";
    }

    /** The warnings, with a summary of suppressed ones at the end. */
    public List<ParseWarning> snapshot() {
        if (suppressed == 0) {
            return List.copyOf(list);
        }
        List<ParseWarning> all = new ArrayList<>(list);
        all.add(new ParseWarning(0, null, suppressed + " further warnings were not recorded"));
        return List.copyOf(all);
    }
}
