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
 */
@ConfigurationProperties("safepassage.ingest")
@Validated
public record IngestProperties(@DefaultValue("16MB") DataSize maxMessageSize,
                               @DefaultValue({"CP", "CC"}) List<String> changeDocumentCodes,
                               @DefaultValue("10000") @Min(1) int maxTravellersPerMessage) {
}
