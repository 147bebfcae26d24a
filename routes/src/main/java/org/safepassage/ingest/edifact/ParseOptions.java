package org.safepassage.ingest.edifact;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to parse.
 *
 * @param changeCodes           BGM document identifiers that mark a list as a change that replaces the
 *                              earlier list for the flight (default {@code CP} passenger change,
 *                              {@code CC} crew change; states differ, so this is configuration)
 * @param maxWarningsPerMessage warnings kept per message; further ones are counted in one summary warning
 * @param clock                 used only when a message has neither a flight date nor an interchange
 *                              date to resolve two-digit years against (then today, with a warning)
 */
public record ParseOptions(Set<String> changeCodes, int maxWarningsPerMessage, Clock clock) {

    public ParseOptions {
        changeCodes = changeCodes == null ? Set.of()
                : changeCodes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (maxWarningsPerMessage < 1) {
            throw new IllegalArgumentException("maxWarningsPerMessage must be at least 1");
        }
        if (clock == null) {
            clock = Clock.systemUTC();
        }
    }

    /** Change codes {@code CP} and {@code CC}, 500 warnings per message, system clock (UTC). */
    public static ParseOptions defaults() {
        return new ParseOptions(Set.of("CP", "CC"), 500, Clock.systemUTC());
    }

    /** A copy with other change codes. */
    public ParseOptions withChangeCodes(Set<String> codes) {
        return new ParseOptions(codes, maxWarningsPerMessage, clock);
    }

    /** A copy with another clock. */
    ParseOptions withClock(Clock c) {
        return new ParseOptions(changeCodes, maxWarningsPerMessage, c);
    }

    /** {@code true} when a BGM document identifier is one of the change codes. */
    public boolean isChange(String documentIdentifier) {
        return documentIdentifier != null && changeCodes.contains(documentIdentifier.trim().toUpperCase(Locale.ROOT));
    }
}
