package org.safepassage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsMessage;
import org.apache.camel.model.RouteDefinition;
import org.safepassage.system.BrokerProperties;
import org.safepassage.system.EndpointProperties;
import org.safepassage.system.Endpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Passenger data in: PAXLST and PNRGOV from their queues (or any endpoint the configuration names), an optional
 * watched directory, and the HTTP door (which puts messages on the same queues). Each delivery is processed in one
 * database transaction inside the consumer's transaction. A message that cannot be used goes to the dead-letter
 * destination with its reason. A failure that may pass (the database unreachable, a lock timeout) rolls the
 * delivery back for the broker to redeliver, up to the configured number of attempts; any other failure, or the
 * last attempt, rejects the message at once with the reason (said without personal data) and puts it on the
 * dead-letter destination: no delivery ends with the message still {@code RECEIVED}. Flights that changed are
 * handed to the referral feature's assessment.
 */
@Component
class IngestRoutes extends RouteBuilder {

    public static final String MESSAGE_ID = "SafePassageMessageId";
    public static final String CHANNEL = "SafePassageChannel";
    public static final String SOURCE = "SafePassageSource";
    public static final String REJECT_REASON = Endpoints.REJECT_REASON;
    static final String RESULT = "SafePassageIngestResult";
    private static final String DELIVERY_ATTEMPT = "JMSXDeliveryCount";
    private static final String ATTEMPT = "SafePassageDeliveryAttempt";

    private static final Logger log = LoggerFactory.getLogger(IngestRoutes.class);

    private final MessageIngest ingest;
    private final StuckMessages stuck;
    private final IngestProperties properties;
    private final String directoryIn;
    private final int maxDeliveryAttempts;

    public IngestRoutes(MessageIngest ingest, StuckMessages stuck, IngestProperties properties, BrokerProperties broker,
                        EndpointProperties endpoints) {
        this.ingest = ingest;
        this.stuck = stuck;
        this.properties = properties;
        this.directoryIn = endpoints.directoryIn();
        this.maxDeliveryAttempts = broker.maxDeliveryAttempts();
    }

    @Override
    public void configure() {
        entry(Endpoints.PAXLST_IN, "paxlst-in")
                .process(e -> fromEndpoint(e, Endpoints.PAXLST_IN))
                .to("direct:ingest");

        entry(Endpoints.PNRGOV_IN, "pnrgov-in")
                .process(e -> fromEndpoint(e, Endpoints.PNRGOV_IN))
                .to("direct:ingest");

        if (directoryIn != null && !directoryIn.isBlank()) {
            entry(directoryIn, "directory-in")
                    .setHeader(CHANNEL, constant(InboundMessages.Channel.DIRECTORY.name()))
                    .setHeader(SOURCE, constant(directoryIn))
                    .to("direct:ingest");
        }

        from("timer:stuck-messages?delay=60000&period=" + properties.stuckCheckPeriod().toMillis())
                .routeId("stuck-messages")
                .process(e -> stuck.reconcile(properties.stuckAfter()));

        // failures are handled by the route that took the message in (its delivery is what succeeds or fails)
        from("direct:ingest").routeId("ingest").errorHandler(noErrorHandler())
                .convertBodyTo(byte[].class)
                .process(this::ingest)
                .filter(exchange -> result(exchange).travellersSetAside() > 0)
                    .process(exchange -> exchange.getMessage().setHeader(REJECT_REASON, result(exchange).travellersSetAside()
                            + " travellers beyond the per-message limit were set aside (not applied); the others were"))
                    .log(LoggingLevel.WARN, "message ${header." + MESSAGE_ID + "}: travellers set aside, whole message to dead letter")
                    .to(Endpoints.DEAD_LETTER)
                    .removeHeader(REJECT_REASON)
                .end()
                .choice()
                    .when(exchange -> result(exchange).rejected())
                        .log(LoggingLevel.WARN, "message ${header." + MESSAGE_ID + "} to dead letter: ${header." + REJECT_REASON + "}")
                        .to(Endpoints.DEAD_LETTER)
                    .when(exchange -> result(exchange).assessmentNeeded())
                        // assessed off the consumer thread; if this hand-over is lost (crash, full queue),
                        // the referral sweep finds the flight's data newer than its last assessment
                        .setBody(exchange -> result(exchange).flightIds())
                        .to(Endpoints.ASSESS_FLIGHTS_HANDOVER)
                .end();
    }

    /**
     * A route that takes messages in, with the failure handling every delivery gets: failed for good (the data, a
     * defect) or out of attempts: rejected with the reason and onto the dead letter; may pass: rolled back for the
     * broker to redeliver, in one log line without stack trace or data.
     */
    private RouteDefinition entry(String uri, String routeId) {
        RouteDefinition route = from(uri).routeId(routeId);
        route.onException(Exception.class).onWhen(this::givingUp).handled(true)
                .process(this::rejectFailed)
                .filter(header(REJECT_REASON).isNotNull())
                    .to(Endpoints.DEAD_LETTER)
                .end()
                .end();
        route.onException(Exception.class).handled(false)
                .logExhausted(false).logStackTrace(false).logRetryAttempted(false)
                .process(this::logRedelivery)
                .end();
        return route;
    }

    private static IngestResult result(Exchange exchange) {
        return exchange.getProperty(RESULT, IngestResult.class);
    }

    /**
     * Who submitted the message: the HTTP door names the account (it puts the message on this queue itself);
     * anything else is known by the endpoint it came from.
     */
    private void fromEndpoint(Exchange exchange, String endpoint) {
        JmsMessage jms = exchange.getIn(JmsMessage.class);
        if (jms != null && jms.getJmsMessage() != null) {
            int attempt = 1;
            try {
                attempt = Math.max(1, jms.getJmsMessage().getIntProperty(DELIVERY_ATTEMPT));
            } catch (Exception e) {
                // a JMS provider without the standard delivery count: every delivery counts as the first
            }
            exchange.setProperty(ATTEMPT, attempt);
        }
        var message = exchange.getMessage();
        String channel = message.getHeader(CHANNEL, String.class);
        String source = message.getHeader(SOURCE, String.class);
        if (!InboundMessages.Channel.HTTP.name().equals(channel) || source == null || !source.startsWith("http:")) {
            message.setHeader(CHANNEL, InboundMessages.Channel.QUEUE.name());
            message.setHeader(SOURCE, exchange.getContext().resolvePropertyPlaceholders(endpoint));
        }
    }

    private void ingest(Exchange exchange) {
        byte[] raw = raw(exchange);
        String messageId = messageId(exchange, raw);
        String channel = exchange.getMessage().getHeader(CHANNEL, InboundMessages.Channel.QUEUE.name(), String.class);
        IngestResult result;
        try {
            result = ingest.ingest(messageId, raw, InboundMessages.Channel.valueOf(channel), source(exchange));
        } catch (RuntimeException e) {
            // the original's message may quote the data (a database error names the value it refused)
            throw IngestFailure.of(e);
        }
        exchange.getMessage().setHeader(MESSAGE_ID, result.messageId());
        exchange.setProperty(RESULT, result);
        if (result.rejected()) {
            exchange.getMessage().setHeader(REJECT_REASON, result.reason());
        }
    }

    private static byte[] raw(Exchange exchange) {
        byte[] raw = exchange.getMessage().getBody(byte[].class);
        return raw == null ? new byte[0] : raw;
    }

    private static String source(Exchange exchange) {
        return exchange.getMessage().getHeader(SOURCE, "unknown", String.class);
    }

    /** The message's id: given by the HTTP door, else stable across redeliveries of the same delivery. */
    private static String messageId(Exchange exchange, byte[] raw) {
        String messageId = exchange.getMessage().getHeader(MESSAGE_ID, String.class);
        if (messageId == null || messageId.length() > 36) {
            String delivery = source(exchange) + "|" + exchange.getMessage().getMessageId() + "|" + MessageIngest.digest(raw);
            messageId = UUID.nameUUIDFromBytes(delivery.getBytes(StandardCharsets.UTF_8)).toString();
            exchange.getMessage().setHeader(MESSAGE_ID, messageId);
        }
        return messageId;
    }

    private static IngestFailure failure(Exchange exchange) {
        Throwable caught = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return IngestFailure.of(caught);
    }

    /** The delivery attempt (1 for the first), as the broker counts it; 1 where there is no broker. */
    private static int attempt(Exchange exchange) {
        return exchange.getProperty(ATTEMPT, 1, Integer.class);
    }

    private boolean givingUp(Exchange exchange) {
        boolean fromBroker = exchange.getProperty(ATTEMPT) != null;
        return !failure(exchange).isTransient() || (fromBroker && attempt(exchange) >= maxDeliveryAttempts);
    }

    private void rejectFailed(Exchange exchange) {
        IngestFailure failure = failure(exchange);
        byte[] raw = raw(exchange);
        String messageId = messageId(exchange, raw);
        String reason = (failure.isTransient()
                ? "gave up after " + attempt(exchange) + " delivery attempts that failed for a passing reason ("
                : "processing failed (") + failure.getMessage() + "); nothing of the message was stored, it is kept "
                + "on the dead-letter queue";
        String channel = exchange.getMessage().getHeader(CHANNEL, InboundMessages.Channel.QUEUE.name(), String.class);
        MessageStatus status = ingest.failed(new InboundMessages.Receipt(messageId,
                InboundMessages.Channel.valueOf(channel), source(exchange), MessageIngest.digest(raw), raw.length), reason);
        if (status == MessageStatus.REJECTED) {
            exchange.getMessage().setHeader(REJECT_REASON, reason);
            exchange.getMessage().setBody(raw);
        } else {
            // processed and committed before the failure: done, nothing to park
            exchange.getMessage().removeHeader(REJECT_REASON);
            log.warn("message {}: a step after its commit failed ({}); it stays {}", messageId, failure.getMessage(), status);
        }
    }

    private void logRedelivery(Exchange exchange) {
        log.warn("message {}: delivery attempt {} of {} failed for a passing reason ({}); rolled back for redelivery",
                exchange.getMessage().getHeader(MESSAGE_ID), attempt(exchange), maxDeliveryAttempts,
                failure(exchange).getMessage());
    }
}
