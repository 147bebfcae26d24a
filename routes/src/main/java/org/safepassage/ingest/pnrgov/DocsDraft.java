package org.safepassage.ingest.pnrgov;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.safepassage.ingest.edifact.EdifactDates;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.TravelDocument;

/**
 * An SSR DOCS (travel document) or DOCO (visa) as {@link SsrReader} splits its text; becomes a
 * {@link TravelDocument} once the flight date resolves its two-digit years.
 */
final class DocsDraft {
    final int position;
    boolean visa;
    String type;
    String issuer;
    String number;
    String nationality;
    String dobRaw;
    String sexCode;
    String expiryRaw;
    String issueRaw;
    String placeOfIssue;
    String birthPlace;
    String surname;
    String given;

    DocsDraft(int position) {
        this.position = position;
    }

    boolean infant() {
        return "MI".equals(sexCode) || "FI".equals(sexCode);
    }

    boolean sameAs(DocsDraft o) {
        return visa == o.visa && Objects.equals(type, o.type) && Objects.equals(number, o.number)
                && Objects.equals(issuer, o.issuer) && Objects.equals(dobRaw, o.dobRaw)
                && Objects.equals(norm(surname), norm(o.surname)) && Objects.equals(norm(given), norm(o.given));
    }

    private static String norm(String s) {
        return s == null ? null : s.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    TravelDocument build(LocalDate reference, Warnings warnings, int travellerPosition) {
        if (visa) {
            LocalDate issued = EdifactDates.issuedDdMmmYy(issueRaw, reference);
            if (issueRaw != null && issued == null) {
                warnings.add(position, "SSR", "DOCO issue date of traveller " + travellerPosition + " is not a valid date");
            }
            return new TravelDocument(DocumentSource.SSR_DOCO, type, number, issuer, null, null, issued, issueRaw,
                    placeOfIssue, null, DateOfBirth.missing(), null, false, null, null, position);
        }
        DateOfBirth dob = dobRaw == null ? DateOfBirth.missing() : DateOfBirth.fromDdMmmYy(dobRaw, reference);
        if (dob.status() == DateOfBirth.Status.INVALID) {
            warnings.add(position, "SSR", "DOCS date of birth of traveller " + travellerPosition
                    + " is not a valid date; kept as written");
        }
        LocalDate expiry = expiryRaw == null ? null : EdifactDates.expiryDdMmmYy(expiryRaw, reference);
        if (expiryRaw != null && expiry == null) {
            warnings.add(position, "SSR", "DOCS expiry of traveller " + travellerPosition + " is not a valid date");
        }
        return new TravelDocument(DocumentSource.SSR_DOCS, type, number, issuer, expiry, expiryRaw, null, null,
                null, nationality, dob, Sex.fromCode(sexCode), infant(), surname, given, position);
    }
}
