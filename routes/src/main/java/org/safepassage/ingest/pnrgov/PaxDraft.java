package org.safepassage.ingest.pnrgov;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.SpecialServiceRequest;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/**
 * A traveller of a PNR (a TIF, or an infant known only from SSR INFT or an infant's DOCS) with its
 * documents and SSRs; becomes a {@link Traveller} at the end of the message.
 */
final class PaxDraft {
    final int segmentPosition;
    String surname;
    String given;
    String ptc;
    String ref;
    boolean withInfant;
    boolean umnr;
    PassengerType type = PassengerType.UNKNOWN;
    String accompanying;
    String seat;
    String inftDobRaw;
    final List<DocsDraft> docs = new ArrayList<>(1);
    final List<SpecialServiceRequest> ssrs = new ArrayList<>(2);

    PaxDraft(int segmentPosition) {
        this.segmentPosition = segmentPosition;
    }

    boolean isInfant() {
        return type == PassengerType.INFANT;
    }

    Traveller build(int position, String locator, LocalDate reference, Warnings warnings) {
        List<TravelDocument> documents = new ArrayList<>(docs.size());
        DateOfBirth dob = DateOfBirth.missing();
        Sex sex = null;
        String nationality = null;
        String birthPlace = null;
        boolean infantDoc = false;
        for (DocsDraft d : docs) {
            TravelDocument doc = d.build(reference, warnings, position);
            documents.add(doc);
            if (!d.visa) {
                if (dob.status() == DateOfBirth.Status.MISSING) {
                    dob = doc.dateOfBirth();
                }
                sex = sex == null ? doc.sex() : sex;
                nationality = nationality == null ? d.nationality : nationality;
                infantDoc |= d.infant();
            } else if (birthPlace == null) {
                birthPlace = d.birthPlace;
            }
        }
        if (dob.status() == DateOfBirth.Status.MISSING && inftDobRaw != null) {
            dob = DateOfBirth.fromDdMmmYy(inftDobRaw, reference);
        }
        PassengerType pt = type;
        if (umnr) {
            pt = PassengerType.UNACCOMPANIED_MINOR;
        } else if (infantDoc && pt == PassengerType.UNKNOWN) {
            pt = PassengerType.INFANT;
        }
        return new Traveller(position, segmentPosition, TravellerRole.PASSENGER, null, surname, given, null, sex,
                dob, nationality, null, birthPlace, null, null, null, locator, null, seat, pt, ptc, ref,
                accompanying, null, documents, ssrs, List.of());
    }
}
