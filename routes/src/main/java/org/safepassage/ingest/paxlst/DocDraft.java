package org.safepassage.ingest.paxlst;

import java.time.LocalDate;
import org.safepassage.ingest.edifact.EdifactDates;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.TravelDocument;

/**
 * A traveller's DOC with its DTM+36/182 and LOC+91 as {@link PaxlstMapper} reads them; becomes a
 * {@link TravelDocument} once the flight date resolves the two-digit years of its dates.
 */
final class DocDraft {
    final int position;
    String type;
    String number;
    String issuingState;
    String issuingStateList;
    String expiryRaw;
    int expiryPosition;
    String issueRaw;
    int issuePosition;

    DocDraft(int position) {
        this.position = position;
    }

    TravelDocument build(LocalDate reference, Warnings warnings, int travellerPosition) {
        LocalDate expiry = EdifactDates.expiry(expiryRaw, reference);
        if (expiryRaw != null && expiry == null) {
            warnings.add(expiryPosition, "DTM", "document expiry of traveller " + travellerPosition
                    + " is not a valid date; kept as written");
        }
        LocalDate issued = EdifactDates.issued(issueRaw, reference);
        if (issueRaw != null && issued == null) {
            warnings.add(issuePosition, "DTM", "document issue date of traveller " + travellerPosition
                    + " is not a valid date; kept as written");
        }
        return new TravelDocument(DocumentSource.PAXLST_DOC, type, number, issuingState, expiry, expiryRaw,
                issued, issueRaw, null, null, DateOfBirth.missing(), null, false, null, null, position);
    }
}
