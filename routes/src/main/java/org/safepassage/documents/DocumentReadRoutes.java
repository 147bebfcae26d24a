package org.safepassage.documents;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsMessage;
import org.safepassage.system.BrokerProperties;
import org.safepassage.system.Endpoints;
import org.safepassage.system.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Document-read events from booths and eGates on the configured endpoint: each is verified, joined and stored
 * ({@link DocumentReads}) inside the consumer's transaction, and the traveller's flight handed to the assessment.
 * An event that cannot be used (not JSON, a bad field, a file that is not what its name says, over the size limit)
 * goes to the dead-letter destination with the reason at once; a failure that may pass (the database unreachable)
 * is rolled back for the broker to redeliver, and after the last attempt the event goes to the dead-letter
 * destination with that reason. The trust anchors' folders are watched here too.
 */
@Component
class DocumentReadRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(DocumentReadRoutes.class);
    static final String READ_ID = "SafePassageReadId";
    private static final String FLIGHT = "SafePassageReadFlight";

    private final DocumentReads reads;
    private final TrustAnchors trust;
    private final DocumentReadProperties properties;
    private final TrustProperties trustProperties;
    private final int maxDeliveryAttempts;

    DocumentReadRoutes(DocumentReads reads, TrustAnchors trust, DocumentReadProperties properties,
                       TrustProperties trustProperties, BrokerProperties broker) {
        this.reads = reads;
        this.trust = trust;
        this.properties = properties;
        this.trustProperties = trustProperties;
        this.maxDeliveryAttempts = broker.maxDeliveryAttempts();
    }

    @Override
    public void configure() {
        from(Endpoints.DOCUMENT_READS_IN).routeId("document-reads-in")
                .onException(Exception.class).onWhen(this::givingUp).handled(true)
                    .process(this::rejected)
                    .log(LoggingLevel.WARN, "document read event to dead letter: ${header." + Endpoints.REJECT_REASON + "}")
                    .to(Endpoints.DEAD_LETTER)
                .end()
                .onException(Exception.class).handled(false)
                    .logExhausted(false).logStackTrace(false).logRetryAttempted(false)
                    .process(this::logRedelivery)
                .end()
                .convertBodyTo(byte[].class)
                .process(this::receive)
                .filter(header(FLIGHT).isNotNull())
                    .setBody(e -> List.of(e.getMessage().getHeader(FLIGHT, String.class)))
                    .to(Endpoints.ASSESS_FLIGHTS_HANDOVER)
                .end();

        from("timer:trust-anchors-watch?delay=" + trustProperties.reloadCheckPeriod().toMillis() + "&period="
                + trustProperties.reloadCheckPeriod().toMillis()).routeId("trust-anchors-watch")
                .process(e -> trust.reloadIfChanged());
    }

    private void receive(Exchange exchange) {
        byte[] event = exchange.getMessage().getBody(byte[].class);
        long max = properties.maxEventSize().toBytes();
        if (event == null || event.length == 0) {
            throw new InvalidDocumentReadException("empty event");
        }
        if (event.length > max) {
            throw new InvalidDocumentReadException("event is " + event.length + " bytes, above the limit of " + max
                    + " bytes (safepassage.document-reads.max-event-size)");
        }
        DocumentReads.Result result = reads.receive(event, "endpoint:"
                + exchange.getContext().resolvePropertyPlaceholders(Endpoints.DOCUMENT_READS_IN));
        exchange.getMessage().setHeader(READ_ID, result.readId());
        if (result.flightId() != null && !result.duplicate()) {
            exchange.getMessage().setHeader(FLIGHT, result.flightId());
        }
    }

    private boolean givingUp(Exchange exchange) {
        Throwable failure = failure(exchange);
        return !Failures.isTransient(failure) || attempt(exchange) >= maxDeliveryAttempts;
    }

    private void rejected(Exchange exchange) {
        Throwable failure = failure(exchange);
        String reason;
        if (failure instanceof InvalidDocumentReadException invalid) {
            reason = "invalid document read event: " + invalid.getMessage();
        } else if (Failures.isTransient(failure)) {
            reason = "gave up after " + attempt(exchange) + " delivery attempts that failed for a passing reason ("
                    + Failures.describe(failure) + "); nothing of the read was stored";
        } else {
            reason = "processing failed (" + Failures.describe(failure) + "); nothing of the read was stored";
        }
        exchange.getMessage().setHeader(Endpoints.REJECT_REASON, reason);
    }

    private void logRedelivery(Exchange exchange) {
        log.warn("document read event: delivery attempt {} of {} failed for a passing reason ({}); rolled back for "
                + "redelivery", attempt(exchange), maxDeliveryAttempts, Failures.describe(failure(exchange)));
    }

    private static Throwable failure(Exchange exchange) {
        return exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }

    /** The delivery attempt (1 for the first), as the broker counts it; 1 where there is no broker. */
    private static int attempt(Exchange exchange) {
        JmsMessage jms = exchange.getIn(JmsMessage.class);
        if (jms != null && jms.getJmsMessage() != null) {
            try {
                return Math.max(1, jms.getJmsMessage().getIntProperty("JMSXDeliveryCount"));
            } catch (Exception e) {
                return 1;
            }
        }
        return 1;
    }
}
