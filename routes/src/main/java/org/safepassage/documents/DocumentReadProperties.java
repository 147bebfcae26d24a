package org.safepassage.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Document reads from booths and eGates.
 *
 * @param maxEventSize  larger events are refused with the reason (HTTP 413, or the dead-letter destination)
 * @param joinWindow    without a flight hint, a read is joined among the flights scheduled to depart or arrive this
 *                      long before or after it (scheduled times are the carriers' local times: the default is wide
 *                      enough for any time zone)
 * @param waitForList   a read not joined is joined when a passenger list naming the traveller arrives within this time
 */
@ConfigurationProperties("safepassage.document-reads")
@Validated
record DocumentReadProperties(@DefaultValue("2MB") DataSize maxEventSize,
                              @DefaultValue("24h") Duration joinWindow,
                              @DefaultValue("3d") Duration waitForList) {
}
