package org.safepassage.documents;

import java.time.Instant;
import java.util.List;

import org.safepassage.audit.AccessLog;
import org.safepassage.system.NotFoundException;
import org.safepassage.system.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document reads and chip photos as people see them: every look is written to the access log (who, which read,
 * traveller or photo, from where) in the same transaction as the look.
 */
@Service
class DocumentReadViews {

    private final DocumentReads reads;
    private final AccessLog accessLog;

    DocumentReadViews(DocumentReads reads, AccessLog accessLog) {
        this.reads = reads;
        this.accessLog = accessLog;
    }

    @Transactional
    DocumentReads.Result read(String readId, String person, String where) {
        DocumentReads.Result read = reads.find(readId).orElseThrow(() -> new NotFoundException("no document read " + readId));
        accessLog.record(person, "VIEW_DOCUMENT_READ", readId, where);
        return read;
    }

    @Transactional
    List<DocumentReads.Result> ofTraveller(String travellerId, String person, String where) {
        List<DocumentReads.Result> found = reads.ofTraveller(travellerId);
        accessLog.record(person, "VIEW_DOCUMENT_READS", travellerId, found.size() + " reads; " + where);
        return found;
    }

    @Transactional
    Page<DocumentReads.Result> list(boolean unmatched, Instant from, Instant to, Page.PageRequest page, String person) {
        Page<DocumentReads.Result> found = reads.list(unmatched, from, to, page);
        accessLog.record(person, "LIST_DOCUMENT_READS", unmatched ? "unmatched" : "*",
                found.items().size() + " of " + found.totalItems() + " reads from " + from + " to " + to);
        return found;
    }

    @Transactional
    byte[] photo(String travellerId, String person, String where) {
        byte[] jpeg = reads.photo(travellerId).orElseThrow(() -> new NotFoundException(
                "no chip photo for traveller " + travellerId + " (no document read with a face image joined to them)"));
        accessLog.record(person, "VIEW_PHOTO", travellerId, where);
        return jpeg;
    }
}
