package org.safepassage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.camel.ProducerTemplate;
import org.safepassage.system.EndpointProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP door for passenger data. {@code POST /api/v1/messages} answers 202 only once the message is on the
 * broker's persistent journal (a durable send): the 202 survives {@code kill -9}.
 */
@RestController
@RequestMapping("/api/v1/messages")
class MessageController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MessageController.class);

    private final ProducerTemplate producer;
    private final MessageIngest ingest;
    private final InboundMessages inbound;
    private final IngestProperties properties;
    private final String paxlstIn;
    private final String pnrgovIn;

    public MessageController(ProducerTemplate producer, MessageIngest ingest, InboundMessages inbound,
                             IngestProperties properties, EndpointProperties endpoints) {
        this.producer = producer;
        this.ingest = ingest;
        this.inbound = inbound;
        this.properties = properties;
        this.paxlstIn = endpoints.paxlstIn();
        this.pnrgovIn = endpoints.pnrgovIn();
    }

    /**
     * The body is read as it came, whatever content type the sender declared: {@code curl --data-binary} declares
     * a form, and a form decoder would turn EDIFACT's {@code +} separators into spaces. At most the size limit is
     * held in memory; the rest of an oversized message is only counted and digested.
     */
    @PostMapping(consumes = "*/*")
    @PreAuthorize("hasRole('INGEST')")
    public ResponseEntity<Object> submit(HttpServletRequest request, Authentication who) throws IOException {
        String messageId = UUID.randomUUID().toString();
        String source = "http:" + who.getName();
        long max = properties.maxMessageSize().toBytes();
        byte[] raw;
        String digest;
        long size;
        try (InputStream in = request.getInputStream()) {
            raw = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            size = raw.length;
            if (raw.length > max) {
                MessageDigest sha = MessageIngest.sha256();
                sha.update(raw);
                byte[] chunk = new byte[1 << 16];
                for (int n; (n = in.read(chunk)) > 0; ) {
                    sha.update(chunk, 0, n);
                    size += n;
                }
                digest = HexFormat.of().formatHex(sha.digest());
            } else {
                digest = MessageIngest.digest(raw);
            }
        }
        if (size > max) {
            String reason = "message is " + size + " bytes, above the limit of " + max
                    + " bytes (safepassage.ingest.max-message-size)";
            ingest.refused(new InboundMessages.Receipt(messageId, InboundMessages.Channel.HTTP, source, digest, size),
                    reason);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, reason);
            problem.setProperty("messageId", messageId);
            problem.setProperty("status", MessageStatus.REJECTED.name());
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
        }
        if (raw.length == 0) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "empty body: send the raw EDIFACT text"));
        }
        try {
            producer.sendBodyAndHeaders(isPnrgov(raw) ? pnrgovIn : paxlstIn, raw, Map.of(
                    IngestRoutes.MESSAGE_ID, messageId,
                    IngestRoutes.CHANNEL, InboundMessages.Channel.HTTP.name(),
                    IngestRoutes.SOURCE, source));
        } catch (RuntimeException e) {
            // not on the journal: no promise made; the sender keeps the message and retries
            log.warn("message {} not accepted: the queue could not take it ({})", messageId, e.getClass().getSimpleName());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "the message could not be stored on the queue; nothing was accepted, retry later"));
        }
        // durably on the queue: now visible as RECEIVED (unless the route has already processed it)
        inbound.received(new InboundMessages.Receipt(messageId, InboundMessages.Channel.HTTP, source, digest, size));
        return ResponseEntity.accepted().body(Map.of("messageId", messageId));
    }

    @GetMapping("/{messageId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'AUDITOR', 'INGEST')")
    public MessageStatusView status(@PathVariable @jakarta.validation.constraints.Size(max = 64) String messageId) {
        return inbound.find(messageId).orElseThrow(() -> new org.safepassage.system.NotFoundException(
                "no message " + messageId + " (a message just submitted appears once the broker hands it over)"));
    }

    /** PNRGOV messages go to the PNR queue, everything else to the API queue (the parser tells them apart anyway). */
    static boolean isPnrgov(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1);
        return head.contains("PNRGOV");
    }
}
