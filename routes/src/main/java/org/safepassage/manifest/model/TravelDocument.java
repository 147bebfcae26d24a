package org.safepassage.manifest.model;

import java.time.LocalDate;

/**
 * A travel document declared for a traveller. Dates keep their raw text: an impossible date has a
 * raw value and a {@code null} resolved value (and a warning on the message).
 *
 * <p>{@code nationality}, {@code dateOfBirth}, {@code sex}, {@code surname} and {@code givenNames}
 * are the values written <em>in the document record</em> (SSR DOCS carries them); they may differ
 * from the traveller's own fields, which is itself a signal. For PAXLST DOC they are {@code null}
 * / {@link DateOfBirth#missing()}.
 *
 * @param source         where it was read from
 * @param typeCode       document type as written: {@code P} passport, {@code I} identity card,
 *                       {@code V} visa, {@code C}, {@code A}, or other codes (e.g. D03B {@code 5K}, {@code 39})
 * @param number         document number
 * @param issuingState   issuing state (LOC+91 or DOCS issuing country)
 * @param expiry         expiry date, or {@code null} (missing or impossible)
 * @param expiryRaw      expiry as written, or {@code null}
 * @param issueDate      issue date, or {@code null}
 * @param issueDateRaw   issue date as written, or {@code null}
 * @param placeOfIssue   place of issue (DOCO), or {@code null}
 * @param nationality    nationality written in the document record, or {@code null}
 * @param dateOfBirth    date of birth written in the document record
 * @param sex            sex written in the document record, or {@code null}
 * @param infant         {@code true} when the document record marks an infant (DOCS sex {@code MI}/{@code FI})
 * @param surname        surname written in the document record, or {@code null}
 * @param givenNames     given names written in the document record, or {@code null}
 * @param segmentPosition position in the interchange of the segment it was read from
 */
public record TravelDocument(
        DocumentSource source,
        String typeCode,
        String number,
        String issuingState,
        LocalDate expiry,
        String expiryRaw,
        LocalDate issueDate,
        String issueDateRaw,
        String placeOfIssue,
        String nationality,
        DateOfBirth dateOfBirth,
        Sex sex,
        boolean infant,
        String surname,
        String givenNames,
        int segmentPosition) {

    public TravelDocument {
        if (dateOfBirth == null) {
            dateOfBirth = DateOfBirth.missing();
        }
    }

    /** This document with {@code fix} applied to every text value. */
    public TravelDocument withText(TextFix fix) {
        return new TravelDocument(source, fix.apply("document type", typeCode), fix.apply("document number", number),
                fix.apply("document issuing state", issuingState), expiry, fix.apply("document expiry", expiryRaw),
                issueDate, fix.apply("document issue date", issueDateRaw),
                fix.apply("document place of issue", placeOfIssue), fix.apply("document nationality", nationality),
                dateOfBirth, sex, infant, fix.apply("document surname", surname),
                fix.apply("document given names", givenNames), segmentPosition);
    }

    /** Without the number, names or dates (log lines must not carry personal data). */
    @Override
    public String toString() {
        return "TravelDocument[" + source + " " + typeCode + " issued by " + issuingState
                + " at segment " + segmentPosition + "]";
    }
}
