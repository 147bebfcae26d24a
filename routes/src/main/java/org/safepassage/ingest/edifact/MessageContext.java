package org.safepassage.ingest.edifact;

import java.time.LocalDate;
import org.safepassage.manifest.model.Envelope;

/**
 * Everything a {@link MessageMapper} needs besides the segments: the envelope, the UNH header, the
 * options and the message's warnings.
 *
 * @param envelope the interchange envelope
 * @param header   the message header
 * @param options  parse options
 * @param warnings this message's warnings
 */
public record MessageContext(Envelope envelope, MessageHeader header, ParseOptions options, Warnings warnings) {

    /**
     * The date two-digit years are resolved against when the message itself has no flight date:
     * the interchange preparation date, else today (with a warning).
     */
    public LocalDate fallbackReferenceDate() {
        if (envelope.preparedAt() != null) {
            warnings.add(header.segmentPosition(), "UNH",
                    "no flight date in the message; dates resolved against the interchange date");
            return envelope.preparedAt().toLocalDate();
        }
        warnings.add(header.segmentPosition(), "UNH",
                "no flight date and no interchange date; dates resolved against today");
        return LocalDate.now(options.clock());
    }
}
