package org.safepassage.system;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The message broker's delivery settings.
 *
 * @param deadLetterAddress    the embedded broker's dead-letter address (where it parks what nobody could process)
 * @param maxDeliveryAttempts  deliveries of one message at most. The ingest routes give up on a message that
 *                             failed for a passing reason (database unreachable, lock timeout) at this attempt:
 *                             they reject it with the reason and put it on the dead-letter destination. With an
 *                             external broker, set this to the broker's own redelivery limit
 * @param redeliveryDelayMs    the embedded broker's first redelivery delay (doubling up to a minute)
 * @param maxSizeBytes         an embedded broker address holding more pages to disk instead of refusing producers
 * @param journalSync          the embedded broker's journal writes every accepted message through to disk before
 *                             acknowledging it (a message the broker accepted survives {@code kill -9})
 */
@ConfigurationProperties("safepassage.broker")
@Validated
public record BrokerProperties(@DefaultValue("safepassage.dlq") @NotBlank String deadLetterAddress,
                               @DefaultValue("10") @Min(1) int maxDeliveryAttempts,
                               @DefaultValue("1000") @Min(0) long redeliveryDelayMs,
                               @DefaultValue("67108864") @Min(1) long maxSizeBytes,
                               @DefaultValue("true") boolean journalSync) {
}
