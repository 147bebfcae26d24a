package org.safepassage.ingest;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Ingest settings.
 *
 * @param maxMessageSize       larger messages are rejected with a reason (default 16 MB)
 * @param changeDocumentCodes  BGM document identifiers that mean "this list replaces the earlier list for the
 *                             flight" (states differ; default CP passenger change, CC crew change)
 */
@ConfigurationProperties("safepassage.ingest")
public record IngestProperties(@DefaultValue("16MB") DataSize maxMessageSize,
                               @DefaultValue({"CP", "CC"}) List<String> changeDocumentCodes) {
}
