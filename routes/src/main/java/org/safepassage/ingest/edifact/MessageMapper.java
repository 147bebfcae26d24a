package org.safepassage.ingest.edifact;

import org.safepassage.manifest.model.PassengerMessage;

/**
 * Maps the segments of one message (after UNH, before UNT) into a {@link PassengerMessage}. One
 * instance per message. Implementations never throw for bad content: they record a warning on
 * {@link MessageContext#warnings()} and go on. (Should one throw anyway, the parser records a
 * warning for that segment and continues.)
 */
public interface MessageMapper {

    /** One segment of the message body, in order. */
    void segment(Segment segment);

    /** Builds the message once UNT (or the end of the input) is reached. */
    PassengerMessage finish(MessageTrailer trailer);
}
