package org.safepassage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safepassage.manifest.ManifestStore;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.ParseWarning;
import org.safepassage.manifest.model.PassengerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one received message into flights, travellers and bookings, exactly once, in one database transaction:
 * the message log, the idempotency keys and the data commit together. A redelivery (after a crash between this
 * commit and the broker's acknowledgement, or a sender's resend) finds its keys and changes nothing.
 */
@Service
public class MessageIngest {

    private static final Logger log = LoggerFactory.getLogger(MessageIngest.class);

    private final InterchangeParser parser;
    private final ManifestStore manifests;
    private final InboundMessages inbound;
    private final JdbcTemplate jdbc;
    private final IngestProperties properties;
    private final Clock clock;

    public MessageIngest(InterchangeParser parser, ManifestStore manifests, InboundMessages inbound, JdbcTemplate jdbc,
                         IngestProperties properties, Clock clock) {
        this.parser = parser;
        this.manifests = manifests;
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    public static String digest(byte[] raw) {
        return HexFormat.of().formatHex(sha256().digest(raw));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a message that never got as far as a queue (e.g. refused at the HTTP door for its size). */
    @Transactional
    public void refused(InboundMessages.Receipt receipt, String reason) {
        inbound.received(receipt);
        inbound.processed(receipt.messageId(), MessageStatus.REJECTED, null, null, null, null, reason, List.of());
    }

    @Transactional
    public IngestResult ingest(String messageId, byte[] raw, InboundMessages.Channel channel, String source) {
        inbound.received(new InboundMessages.Receipt(messageId, channel, source, digest(raw), raw.length));
        Optional<MessageStatusView> earlier = inbound.find(messageId);
        if (earlier.isPresent() && earlier.get().status() != MessageStatus.RECEIVED) {
            MessageStatusView done = earlier.get();
            log.info("message {} redelivered after processing ({}); nothing changes", messageId, done.status());
            return new IngestResult(messageId, done.status(), done.reason(), List.of(), done.warnings());
        }
        long max = properties.maxMessageSize().toBytes();
        if (raw.length > max) {
            return reject(messageId, "message is " + raw.length + " bytes, above the limit of " + max
                    + " bytes (safepassage.ingest.max-message-size)");
        }
        Interchange interchange;
        try {
            interchange = parser.parse(raw);
        } catch (RejectedMessageException e) {
            return reject(messageId, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("message {}: parser failed unexpectedly", messageId, e);
            return reject(messageId, "cannot be parsed: " + e.getClass().getSimpleName());
        }
        if (interchange.messages().isEmpty()) {
            return reject(messageId, "the interchange holds no message (no UNH segment)");
        }
        List<String> warnings = new ArrayList<>();
        interchange.warnings().forEach(w -> warnings.add(w.toString()));
        Set<String> flights = new LinkedHashSet<>();
        int applied = 0;
        int duplicates = 0;
        List<String> refused = new ArrayList<>();
        PassengerMessage first = interchange.messages().get(0);
        for (PassengerMessage message : interchange.messages()) {
            for (ParseWarning w : message.warnings()) {
                String text = w.toString();
                if (!warnings.contains(text)) {
                    warnings.add(text);
                }
            }
            if (ManifestStore.usableLegs(message).isEmpty()) {
                refused.add("message " + message.messageReference() + " names no flight (carrier, number and departure airport)");
                continue;
            }
            if (!firstDelivery(idempotencyKey(message), messageId)) {
                duplicates++;
                continue;
            }
            ManifestStore.Applied result = manifests.apply(message, messageId);
            flights.addAll(result.flightIds());
            if (result.listState() != null) {
                warnings.add(result.listState());
            }
            applied++;
            log.info("message {} ({} {} ref {}): {} travellers added, {} updated, {} removed on {}", messageId,
                    message.kind(), message.messageVersion(), message.messageReference(), result.added(),
                    result.updated(), result.removed(), result.flightIds());
        }
        String kind = first.kind() == null ? null : first.kind().name();
        String sender = interchange.envelope().sender() == null ? null : interchange.envelope().sender().id();
        String icRef = interchange.envelope().controlReference();
        MessageStatus status;
        String reason = null;
        if (applied == 0 && duplicates > 0 && refused.isEmpty()) {
            status = MessageStatus.DUPLICATE;
            reason = "already processed: the same message had been received before; nothing changed";
        } else if (applied == 0 && duplicates == 0) {
            return reject(messageId, String.join("; ", refused));
        } else {
            warnings.addAll(refused);
            if (duplicates > 0) {
                warnings.add(duplicates + " message(s) of the interchange had been processed before and were skipped");
            }
            status = hasRealWarnings(warnings) ? MessageStatus.ACCEPTED_WITH_WARNINGS : MessageStatus.ACCEPTED;
        }
        inbound.processed(messageId, status, kind, sender, icRef, first.messageReference(), reason, warnings);
        return new IngestResult(messageId, status, reason, List.copyOf(flights), warnings);
    }

    private static boolean hasRealWarnings(List<String> warnings) {
        return warnings.stream().anyMatch(w -> !w.startsWith("split list"));
    }

    private IngestResult reject(String messageId, String reason) {
        log.warn("message {} rejected: {}", messageId, reason);
        inbound.processed(messageId, MessageStatus.REJECTED, null, null, null, null, reason, List.of());
        return new IngestResult(messageId, MessageStatus.REJECTED, reason, List.of(), List.of());
    }

    /** Sender + interchange control reference + message reference; the message's content digest when those are missing. */
    static String idempotencyKey(PassengerMessage message) {
        var envelope = message.envelope();
        String sender = envelope.sender() == null ? null : envelope.sender().id();
        if (sender != null && envelope.controlReference() != null && message.messageReference() != null) {
            String key = "ref:" + sender + "|" + envelope.controlReference() + "|" + message.messageReference();
            if (key.length() <= 300) {
                return key;
            }
        }
        return "digest:" + (message.messageDigest() != null ? message.messageDigest()
                : digest(message.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private boolean firstDelivery(String key, String messageId) {
        return jdbc.update("""
                INSERT INTO processed_message (idempotency_key, message_id, processed_at) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", key, messageId, OffsetDateTime.now(clock)) == 1;
    }
}
