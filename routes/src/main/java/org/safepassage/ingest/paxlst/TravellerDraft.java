package org.safepassage.ingest.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/**
 * A traveller group (NAD+FL/FM/DDT/DDU and what follows) as {@link PaxlstMapper} reads it; at the
 * end of the message, once the flight date is known, its date of birth and documents are resolved
 * and it becomes a {@link Traveller}.
 */
final class TravellerDraft {
    final int position;
    final int segmentPosition;
    final TravellerRole role;
    final String roleCode;
    String surname;
    String given;
    String middle;
    Sex sex;
    String dobRaw;
    int dobPosition;
    String nationality;
    String residence;
    String birthPlace;
    String embarkation;
    String debarkation;
    String clearance;
    String bookingReference;
    String passengerReference;
    String seat;
    Boolean verified;
    final List<DocDraft> documents = new ArrayList<>(2);
    final List<Reference> references = new ArrayList<>(0);

    TravellerDraft(int position, int segmentPosition, TravellerRole role, String roleCode) {
        this.position = position;
        this.segmentPosition = segmentPosition;
        this.role = role;
        this.roleCode = roleCode;
    }

    Traveller build(LocalDate reference, Warnings warnings) {
        DateOfBirth dob;
        if (dobRaw == null) {
            dob = DateOfBirth.missing();
        } else if (dobRaw.trim().length() == 8) {
            dob = DateOfBirth.fromCcyyMmDd(dobRaw); // DTM+329:CCYYMMDD:102
        } else {
            dob = DateOfBirth.fromYyMmDd(dobRaw, reference); // by length, whatever format code is stated
        }
        if (dob.status() == DateOfBirth.Status.INVALID) {
            warnings.add(dobPosition, "DTM", "date of birth of traveller " + position
                    + " is not a valid date; kept as written");
        }
        List<TravelDocument> docs = new ArrayList<>(documents.size());
        for (DocDraft d : documents) {
            docs.add(d.build(reference, warnings, position));
        }
        return new Traveller(position, segmentPosition, role, roleCode, surname, given, middle, sex, dob,
                nationality, residence, birthPlace, embarkation, debarkation, clearance, bookingReference,
                passengerReference, seat, PassengerType.UNKNOWN, null, null, null, verified, docs, List.of(),
                references);
    }
}
