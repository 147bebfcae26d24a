package org.safepassage.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.safepassage.system.BrokerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Component;

/**
 * The last safety net behind the routes' own error handling: a message the broker parked on its dead-letter
 * address after its deliveries failed, while the database was unreachable even for recording the rejection,
 * would stay {@code RECEIVED}. A periodic check finds messages {@code RECEIVED} for longer than
 * {@code safepassage.ingest.stuck-after} that sit on the broker's dead-letter queue, and rejects them with that
 * reason.
 */
@Component
class StuckMessages {

    private static final Logger log = LoggerFactory.getLogger(StuckMessages.class);

    private final InboundMessages inbound;
    private final JmsTemplate jms;
    private final String deadLetterQueue;
    private final Clock clock;

    public StuckMessages(InboundMessages inbound, JmsTemplate jms, BrokerProperties broker, Clock clock) {
        this.inbound = inbound;
        this.jms = jms;
        this.deadLetterQueue = broker.deadLetterAddress();
        this.clock = clock;
    }

    /** @return how many messages were found parked and rejected */
    public int reconcile(Duration olderThan) {
        List<String> candidates = inbound.receivedBefore(OffsetDateTime.now(clock).minus(olderThan), 100);
        int rejected = 0;
        for (String messageId : candidates) {
            String selector = IngestRoutes.MESSAGE_ID + " = '" + messageId.replace("'", "''") + "'";
            Boolean parked = jms.browseSelected(deadLetterQueue, selector,
                    (session, browser) -> browser.getEnumeration().hasMoreElements());
            if (Boolean.TRUE.equals(parked)) {
                String reason = "parked on the dead-letter queue " + deadLetterQueue + " after its deliveries failed "
                        + "(the broker's redelivery limit was reached while the database could not be reached)";
                inbound.processed(messageId, MessageStatus.REJECTED, null, null, null, null, reason, List.of());
                log.warn("message {} rejected: {}", messageId, reason);
                rejected++;
            }
        }
        return rejected;
    }
}
