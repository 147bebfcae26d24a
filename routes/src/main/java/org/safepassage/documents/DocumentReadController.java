package org.safepassage.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.apache.camel.ProducerTemplate;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.system.Endpoints;
import org.safepassage.system.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Document reads over HTTP. {@code POST /api/v1/document-reads} (INGEST: a booth or eGate) verifies, joins and stores
 * the read and answers with the outcome at once (the eGate waits for it); the flight is assessed again off the
 * request's thread. The reads and the chip photo are for officers and supervisors, every look written to the
 * access log.
 */
@RestController
@RequestMapping("/api/v1")
class DocumentReadController {

    private static final Logger log = LoggerFactory.getLogger(DocumentReadController.class);

    private final DocumentReads reads;
    private final DocumentReadViews views;
    private final DocumentReadProperties properties;
    private final ProducerTemplate producer;

    DocumentReadController(DocumentReads reads, DocumentReadViews views, DocumentReadProperties properties,
                           ProducerTemplate producer) {
        this.reads = reads;
        this.views = views;
        this.properties = properties;
        this.producer = producer;
    }

    /** The body is read as it came, whatever content type the reader declared, and at most the size limit is kept. */
    @PostMapping(path = "/document-reads", consumes = "*/*")
    @PreAuthorize("hasRole('INGEST')")
    ResponseEntity<Object> submit(HttpServletRequest request, Authentication who) throws IOException {
        long max = properties.maxEventSize().toBytes();
        byte[] event;
        long size;
        try (InputStream in = request.getInputStream()) {
            event = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 16));
            size = event.length;
            if (size > max) {
                size += in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        if (size > max) {
            return problem(HttpStatus.PAYLOAD_TOO_LARGE, "the event is " + size + " bytes, above the limit of " + max
                    + " bytes (safepassage.document-reads.max-event-size)");
        }
        if (event.length == 0) {
            return problem(HttpStatus.BAD_REQUEST, "empty body: send the document-read event as JSON");
        }
        DocumentReads.Result result;
        try {
            result = reads.receive(event, "http:" + who.getName());
        } catch (InvalidDocumentReadException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid document read event: " + e.getMessage());
        }
        if (result.flightId() != null && !result.duplicate()) {
            try {
                producer.sendBody(Endpoints.ASSESS_FLIGHTS_HANDOVER, List.of(result.flightId()));
            } catch (RuntimeException e) {
                // stored and the flight marked as changed: the referral sweep assesses it
                log.warn("document read {}: flight {} left for the referral sweep ({})", result.readId(),
                        result.flightId(), e.getClass().getSimpleName());
            }
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(result);
    }

    @GetMapping("/document-reads/{readId}")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    ResponseEntity<DocumentReads.Result> get(@PathVariable @Size(max = 64) String readId, Authentication who) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(views.read(readId, who.getName(), "api"));
    }

    @GetMapping("/document-reads")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    ResponseEntity<Page<DocumentReads.Result>> list(
            @RequestParam(defaultValue = "false") boolean unmatched,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            Authentication who) {
        Instant end = to != null ? to : Instant.now().plus(Duration.ofMinutes(1));
        Instant start = from != null ? from : end.minus(Duration.ofDays(1));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(views.list(unmatched, start, end, new Page.PageRequest(page, size), who.getName()));
    }

    @GetMapping("/travellers/{travellerId}/document-reads")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    ResponseEntity<List<DocumentReads.Result>> ofTraveller(@PathVariable @Size(max = 64) String travellerId,
                                                           Authentication who) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(views.ofTraveller(travellerId, who.getName(), "api"));
    }

    @GetMapping("/travellers/{travellerId}/photo")
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
    ResponseEntity<Object> photo(@PathVariable @Size(max = 64) String travellerId, Authentication who) {
        byte[] jpeg;
        try {
            jpeg = views.photo(travellerId, who.getName(), "api");
        } catch (MalformedException e) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "the chip's face image cannot be shown: " + e.getMessage());
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).cacheControl(CacheControl.noStore()).body(jpeg);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
