package org.safepassage.ingest;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Passenger data in: PAXLST and PNRGOV from their queues (or any endpoint the configuration names), an optional
 * watched directory, and the HTTP door (which puts messages on the same queues). Each delivery is processed in one
 * database transaction inside the consumer's transaction; a message that cannot be used goes to the dead-letter
 * destination with its reason; anything unexpected rolls back, and the broker redelivers. Flights that changed
 * are handed to the referral feature's assessment.
 */
@Component
public class IngestRoutes extends RouteBuilder {

    public static final String MESSAGE_ID = "SafePassageMessageId";
    public static final String CHANNEL = "SafePassageChannel";
    public static final String SOURCE = "SafePassageSource";
    public static final String REJECT_REASON = "SafePassageRejectReason";
    static final String RESULT = "SafePassageIngestResult";

    private final MessageIngest ingest;
    private final String directoryIn;

    public IngestRoutes(MessageIngest ingest, @Value("${safepassage.endpoints.directory-in:}") String directoryIn) {
        this.ingest = ingest;
        this.directoryIn = directoryIn;
    }

    @Override
    public void configure() {
        from("{{safepassage.endpoints.paxlst-in}}").routeId("paxlst-in")
                .setHeader(SOURCE, constant("{{safepassage.endpoints.paxlst-in}}"))
                .to("direct:ingest");

        from("{{safepassage.endpoints.pnrgov-in}}").routeId("pnrgov-in")
                .setHeader(SOURCE, constant("{{safepassage.endpoints.pnrgov-in}}"))
                .to("direct:ingest");

        if (directoryIn != null && !directoryIn.isBlank()) {
            from(directoryIn).routeId("directory-in")
                    .setHeader(CHANNEL, constant(InboundMessages.Channel.DIRECTORY.name()))
                    .setHeader(SOURCE, constant(directoryIn))
                    .to("direct:ingest");
        }

        from("direct:ingest").routeId("ingest")
                .convertBodyTo(byte[].class)
                .process(this::ingest)
                .choice()
                    .when(exchange -> exchange.getProperty(RESULT, IngestResult.class).rejected())
                        .log(LoggingLevel.WARN, "message ${header." + MESSAGE_ID + "} to dead letter: ${header." + REJECT_REASON + "}")
                        .to("{{safepassage.endpoints.dead-letter}}")
                .end();
    }

    private void ingest(Exchange exchange) {
        byte[] raw = exchange.getMessage().getBody(byte[].class);
        if (raw == null) {
            raw = new byte[0];
        }
        String source = exchange.getMessage().getHeader(SOURCE, "unknown", String.class);
        String messageId = exchange.getMessage().getHeader(MESSAGE_ID, String.class);
        if (messageId == null) {
            // stable across redeliveries of the same delivery, so the message log never counts it twice
            String delivery = source + "|" + exchange.getMessage().getMessageId() + "|" + MessageIngest.digest(raw);
            messageId = UUID.nameUUIDFromBytes(delivery.getBytes(StandardCharsets.UTF_8)).toString();
            exchange.getMessage().setHeader(MESSAGE_ID, messageId);
        }
        String channel = exchange.getMessage().getHeader(CHANNEL, InboundMessages.Channel.QUEUE.name(), String.class);
        IngestResult result = ingest.ingest(messageId, raw, InboundMessages.Channel.valueOf(channel), source);
        exchange.setProperty(RESULT, result);
        if (result.rejected()) {
            exchange.getMessage().setHeader(REJECT_REASON, result.reason());
        }
    }
}
