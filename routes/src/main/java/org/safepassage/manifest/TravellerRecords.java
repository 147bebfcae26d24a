package org.safepassage.manifest;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;

/** One person seen in API data, PNR data or both: the API record leads, the PNR fills what it lacks. */
final class TravellerRecords {

    private TravellerRecords() {
    }

    /** The merged view of a traveller; either side may be {@code null}, not both. */
    public static Traveller merge(Traveller api, Traveller pnr) {
        if (api == null) {
            return pnr;
        }
        if (pnr == null) {
            return api;
        }
        List<org.safepassage.manifest.model.TravelDocument> documents = new ArrayList<>(api.documents());
        documents.addAll(pnr.documents());
        List<org.safepassage.manifest.model.SpecialServiceRequest> ssrs = new ArrayList<>(api.ssrs());
        ssrs.addAll(pnr.ssrs());
        List<org.safepassage.manifest.model.Reference> references = new ArrayList<>(api.references());
        references.addAll(pnr.references());
        DateOfBirth dob = api.dateOfBirth().status() == DateOfBirth.Status.MISSING ? pnr.dateOfBirth() : api.dateOfBirth();
        return new Traveller(api.position(), api.segmentPosition(), api.role(), api.roleCode(),
                api.surname(), api.givenNames(), first(api.middleNames(), pnr.middleNames()),
                api.sex() != null ? api.sex() : pnr.sex(), dob,
                first(api.nationality(), pnr.nationality()), first(api.countryOfResidence(), pnr.countryOfResidence()),
                first(api.placeOfBirth(), pnr.placeOfBirth()), first(api.embarkation(), pnr.embarkation()),
                first(api.debarkation(), pnr.debarkation()), api.clearanceLocation(),
                first(api.bookingReference(), pnr.bookingReference()),
                first(api.passengerReference(), pnr.passengerReference()), first(api.seat(), pnr.seat()),
                api.passengerType() != PassengerType.UNKNOWN ? api.passengerType() : pnr.passengerType(),
                first(api.passengerTypeCode(), pnr.passengerTypeCode()),
                first(pnr.travellerRef(), api.travellerRef()),
                first(pnr.accompanyingTravellerRef(), api.accompanyingTravellerRef()),
                api.documentsVerified(), documents, ssrs, references);
    }

    /**
     * {@code true} when the two records hold documents of the same type and the same issuing state (both known)
     * with different numbers: then they are two people, whatever their names.
     */
    public static boolean documentsConflict(Traveller a, Traveller b) {
        for (TravelDocument x : a.documents()) {
            for (TravelDocument y : b.documents()) {
                String nx = documentNumber(x.number());
                String ny = documentNumber(y.number());
                if (nx != null && ny != null && !nx.equals(ny) && same(x.typeCode(), y.typeCode())
                        && same(x.issuingState(), y.issuingState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String documentNumber(String number) {
        if (number == null) {
            return null;
        }
        String n = number.replace(" ", "").replace("<", "").toUpperCase(java.util.Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    /**
     * Both known and equal (ignoring case and spaces). An unknown type or issuer proves nothing: a dual national may
     * show one state's passport to the airline's check-in and book with the other's.
     */
    private static boolean same(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** The sex as officers read it: {@code M}, {@code F}, {@code U} (unspecified), or {@code null} when not sent. */
    public static String sexCode(Traveller t) {
        if (t.sex() == null) {
            return null;
        }
        return switch (t.sex()) {
            case MALE -> "M";
            case FEMALE -> "F";
            case UNSPECIFIED -> "U";
        };
    }
}
