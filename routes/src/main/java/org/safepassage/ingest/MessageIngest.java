package org.safepassage.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.safepassage.manifest.Legs;
import org.safepassage.manifest.ManifestStore;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.ParseWarning;
import org.safepassage.manifest.model.PassengerMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one received message into flights, travellers and bookings, exactly once, in one database transaction:
 * the message log, the record of applied copies and the data commit together. A redelivery (after a crash between
 * this commit and the broker's acknowledgement, or a sender's resend of the same copy) changes nothing; a copy
 * with the same references and other content (the complete resend of a list cut short in transit) is applied.
 */
@Service
public class MessageIngest {

    private static final Logger log = LoggerFactory.getLogger(MessageIngest.class);

    private final InterchangeParser parser;
    private final ManifestStore manifests;
    private final InboundMessages inbound;
    private final AppliedMessages applied;
    private final IngestProperties properties;

    public MessageIngest(InterchangeParser parser, ManifestStore manifests, InboundMessages inbound,
                         AppliedMessages applied, IngestProperties properties) {
        this.parser = parser;
        this.manifests = manifests;
        this.inbound = inbound;
        this.applied = applied;
        this.properties = properties;
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

    /**
     * Records that processing a message failed for good (the reason says how, without personal data), in a
     * transaction of its own: whatever failed, a delivery that ends leaves no message {@code RECEIVED}. A message
     * that had been processed already (the failure came after its commit) keeps its status.
     *
     * @return the message's status after this
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public MessageStatus failed(InboundMessages.Receipt receipt, String reason) {
        inbound.received(receipt);
        MessageStatus status = inbound.find(receipt.messageId()).map(MessageStatusView::status)
                .orElse(MessageStatus.RECEIVED);
        if (status != MessageStatus.RECEIVED) {
            return status;
        }
        inbound.processed(receipt.messageId(), MessageStatus.REJECTED, null, null, null, null, reason, List.of());
        log.warn("message {} rejected: {}", receipt.messageId(), reason);
        return MessageStatus.REJECTED;
    }

    /**
     * @param messageId the id the message was given when it arrived (kept across redeliveries)
     * @param submitter who delivered it: {@code http:<account>}, or the endpoint it came from
     */
    @Transactional
    public IngestResult ingest(String messageId, byte[] raw, InboundMessages.Channel channel, String submitter) {
        String digest = digest(raw);
        Optional<MessageStatusView> earlier = inbound.find(messageId);
        if (earlier.isPresent() && !earlier.get().contentDigest().equals(digest)) {
            // an id already used for other content (a producer that set the id header itself): this is another
            // message, never a redelivery of that one
            String own = UUID.nameUUIDFromBytes((messageId + "|" + digest).getBytes(StandardCharsets.UTF_8)).toString();
            log.warn("message id {} was already used for other content; this message is {}", messageId, own);
            messageId = own;
            earlier = inbound.find(messageId);
        }
        inbound.received(new InboundMessages.Receipt(messageId, channel, submitter, digest, raw.length));
        if (earlier.isPresent() && earlier.get().status() != MessageStatus.RECEIVED) {
            MessageStatusView done = earlier.get();
            log.info("message {} redelivered after processing ({}); nothing changes", messageId, done.status());
            return new IngestResult(messageId, done.status(), done.reason(), List.of(), done.warnings(), 0);
        }
        long max = properties.maxMessageSize().toBytes();
        if (raw.length > max) {
            return reject(messageId, "message is " + raw.length + " bytes, above the limit of " + max
                    + " bytes (safepassage.ingest.max-message-size)");
        }
        FieldCheck.Checked checked;
        try {
            checked = FieldCheck.check(parser.parse(raw), properties.maxTravellersPerMessage(),
                    FieldCheck.mayHoldControlCharacters(raw));
        } catch (RejectedMessageException e) {
            return reject(messageId, e.getMessage());
        } catch (RuntimeException e) {
            return reject(messageId, "cannot be parsed: " + IngestFailure.describe(e));
        }
        Interchange interchange = checked.interchange();
        if (interchange.messages().isEmpty()) {
            return reject(messageId, "the interchange holds no message (no UNH segment)");
        }
        List<String> warnings = new ArrayList<>();
        interchange.warnings().forEach(w -> warnings.add(w.toString()));
        List<String> notes = new ArrayList<>();
        Set<String> flights = new LinkedHashSet<>();
        int appliedCount = 0;
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
            if (Legs.usable(message).isEmpty()) {
                refused.add("message " + message.messageReference() + " names no flight (carrier, number and departure airport)");
                continue;
            }
            String referenceKey = referenceKey(message);
            String contentDigest = message.messageDigest() != null ? message.messageDigest() : digest;
            List<AppliedMessages.Copy> copies = applied.earlier(submitter, referenceKey);
            boolean complete = message.counts() == null || message.counts().segments() != null;
            if (copies.stream().anyMatch(c -> c.sameContentAs(contentDigest))
                    || !applied.record(submitter, referenceKey, contentDigest, messageId, complete,
                            message.travellers().size())) {
                duplicates++;
                continue;
            }
            if (!copies.isEmpty()) {
                notes.add(newCopyNote(message, copies.get(copies.size() - 1), contentDigest, complete));
            }
            ManifestStore.Applied result = manifests.apply(message, messageId);
            flights.addAll(result.flightIds());
            if (result.listState() != null) {
                warnings.add(result.listState());
            }
            appliedCount++;
            log.info("message {} ({} {} ref {}): {} travellers added, {} updated, {} removed on {}", messageId,
                    message.kind(), message.messageVersion(), message.messageReference(), result.added(),
                    result.updated(), result.removed(), result.flightIds());
        }
        String kind = first.kind() == null ? null : first.kind().name();
        String sender = interchange.envelope().sender() == null ? null : interchange.envelope().sender().id();
        String icRef = interchange.envelope().controlReference();
        MessageStatus status;
        String reason = null;
        if (appliedCount == 0 && duplicates > 0 && refused.isEmpty()) {
            status = MessageStatus.DUPLICATE;
            reason = "already processed: the same message had been received before; nothing changed";
        } else if (appliedCount == 0 && duplicates == 0) {
            return reject(messageId, String.join("; ", refused));
        } else {
            warnings.addAll(refused);
            if (duplicates > 0) {
                warnings.add(duplicates + " message(s) of the interchange had been processed before and were skipped");
            }
            status = hasRealWarnings(warnings) ? MessageStatus.ACCEPTED_WITH_WARNINGS : MessageStatus.ACCEPTED;
            reason = notes.isEmpty() ? null : String.join("; ", notes);
        }
        inbound.processed(messageId, status, kind, sender, icRef, first.messageReference(), reason, warnings);
        return new IngestResult(messageId, status, reason, List.copyOf(flights), warnings,
                checked.travellersSetAside());
    }

    /** What the status says of a copy applied over an earlier one with the same references. */
    private static String newCopyNote(PassengerMessage message, AppliedMessages.Copy before, String digest,
                                      boolean complete) {
        String was = before.complete() ? "" : ", which had been cut short (no UNT)";
        String now = complete ? "" : " (this copy too is cut short)";
        return "message " + message.messageReference() + " is a new copy of one applied before as message "
                + before.messageId() + was + ": same sender and references, other content (content digest "
                + (AppliedMessages.ANY.equals(before.contentDigest()) ? "not recorded" : before.contentDigest())
                + " before, " + digest + " now)" + now + "; applied over it: " + message.travellers().size()
                + " travellers in this copy, " + before.travellers() + " in the one before";
    }

    private static boolean hasRealWarnings(List<String> warnings) {
        return warnings.stream().anyMatch(w -> !w.startsWith("split list"));
    }

    private IngestResult reject(String messageId, String reason) {
        log.warn("message {} rejected: {}", messageId, reason);
        inbound.processed(messageId, MessageStatus.REJECTED, null, null, null, null, reason, List.of());
        return new IngestResult(messageId, MessageStatus.REJECTED, reason, List.of(), List.of(), 0);
    }

    /** Sender + interchange control reference + message reference; the message's content digest when those are missing. */
    static String referenceKey(PassengerMessage message) {
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
}
