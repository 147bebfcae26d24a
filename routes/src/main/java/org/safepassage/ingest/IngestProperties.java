package org.safepassage.ingest;

import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Ingest settings.
 *
 * @param maxMessageSize          larger messages are rejected with a reason (default 16 MB)
 * @param changeDocumentCodes     BGM document identifiers that mean "this list replaces the earlier list for the
 *                                flight" (states differ; default CP passenger change, CC crew change)
 * @param maxTravellersPerMessage travellers applied from one message at most (default 10,000: more than any
 *                                aircraft or ship carries); the rest are set aside with a warning and the whole
 *                                message goes to the dead-letter destination, so that one huge list cannot hold a
 *                                flight for long and nothing is lost
 * @param stuckAfter              a message still RECEIVED this long after it arrived is looked for on the broker's
 *                                dead-letter queue (see {@link StuckMessages}); default 15 minutes, longer than the
 *                                broker's redeliveries take
 * @param stuckCheckPeriod        how often that look is taken
 */
@ConfigurationProperties("safepassage.ingest")
@Validated
public record IngestProperties(@DefaultValue("16MB") DataSize maxMessageSize,
                               @DefaultValue({"CP", "CC"}) List<String> changeDocumentCodes,
                               @DefaultValue("10000") @Min(1) int maxTravellersPerMessage,
                               @DefaultValue("15m") java.time.Duration stuckAfter,
                               @DefaultValue("1m") java.time.Duration stuckCheckPeriod) {
}
