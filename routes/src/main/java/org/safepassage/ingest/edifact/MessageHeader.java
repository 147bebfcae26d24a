package org.safepassage.ingest.edifact;

import org.safepassage.manifest.model.MessageSequence;

/**
 * What UNH says about a message.
 *
 * @param segmentPosition       position of UNH in the interchange
 * @param reference             message reference number
 * @param type                  message type, e.g. {@code PAXLST}
 * @param version               version and release, e.g. {@code D05B} or {@code 13.1}
 * @param commonAccessReference common access reference, or {@code null}
 * @param sequence              status of the transfer ({@code 01:C}), or {@code null}
 */
public record MessageHeader(int segmentPosition, String reference, String type, String version,
                            String commonAccessReference, MessageSequence sequence) {
}
