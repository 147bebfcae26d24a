package org.safepassage.ingest.edifact;

/**
 * The service characters an interchange is read with.
 *
 * @param component  component data element separator, usually {@code :}
 * @param element    data element separator, usually {@code +}
 * @param decimal    decimal mark, usually {@code .} (not a delimiter; informational)
 * @param release    release (escape) character, usually {@code ?}, or {@link #NONE}
 * @param repetition repetition separator ({@code *} under syntax 4), or {@link #NONE}
 * @param terminator segment terminator, usually {@code '}
 */
record Separators(char component, char element, char decimal, int release, int repetition, char terminator) {

    /** Marks an absent release character or repetition separator. */
    static final int NONE = -1;

    /** Defaults when there is no UNA, syntax versions 1 to 3: {@code :+.? '}. */
    static final Separators DEFAULT = new Separators(':', '+', '.', '?', NONE, '\'');

    /** Defaults when there is no UNA, syntax version 4: {@code :+.?*'}. */
    static final Separators DEFAULT_V4 = new Separators(':', '+', '.', '?', '*', '\'');

    /** The six characters in UNA order; an absent release or repetition shows as a space. */
    String asUna() {
        return new String(new char[] {component, element, decimal,
                release == NONE ? ' ' : (char) release, repetition == NONE ? ' ' : (char) repetition, terminator});
    }

    /** {@code true} when the delimiters (component, element, terminator, release, repetition) are all different. */
    boolean distinct() {
        int[] d = {component, element, terminator, release, repetition};
        for (int i = 0; i < d.length; i++) {
            for (int j = i + 1; j < d.length; j++) {
                if (d[i] != NONE && d[i] == d[j]) {
                    return false;
                }
            }
        }
        return true;
    }

    Separators withTerminator(char t) {
        return new Separators(component, element, decimal, release, repetition, t);
    }

    Separators withElement(char e) {
        return new Separators(component, e, decimal, release, repetition, terminator);
    }

    Separators withComponent(char c) {
        return new Separators(c, element, decimal, release, repetition, terminator);
    }

    Separators withRepetition(int r) {
        return new Separators(component, element, decimal, release, r, terminator);
    }

    Separators withRelease(int r) {
        return new Separators(component, element, decimal, r, repetition, terminator);
    }
}
