package org.safepassage.manifest.model;

import java.util.List;

/**
 * A parsed interchange (UNB ... UNZ): its envelope and the messages it held, in order.
 *
 * @param envelope             UNB header, digest and syntax
 * @param declaredMessageCount UNZ control count, or {@code null}
 * @param messages             the messages (UNH ... UNT), in order
 * @param warnings             interchange-level warnings (also copied into each message's warnings)
 */
public record Interchange(
        Envelope envelope,
        Integer declaredMessageCount,
        List<PassengerMessage> messages,
        List<ParseWarning> warnings) {

    public Interchange {
        messages = messages == null ? List.of() : List.copyOf(messages);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
