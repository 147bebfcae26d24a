package org.safepassage.manifest.model;

import java.util.List;

/**
 * A person on the list: a PAXLST NAD+FL/FM/DDT/DDU group, or a PNRGOV TIF (infants are travellers
 * in their own right, linked to the adult they travel with by {@link #accompanyingTravellerRef()}).
 *
 * <p>Names are kept as written (upper/lower case as sent); PNR titles glued to given names
 * ({@code KEVINMICHAELMR}) are removed. {@link #toString()} prints no personal data.
 *
 * @param position                 1-based position of the traveller in the message
 * @param segmentPosition          position in the interchange of the segment that starts the traveller (NAD or TIF)
 * @param role                     passenger / crew / in transit
 * @param roleCode                 NAD party qualifier as written ({@code FL}, {@code FM}, ...), or {@code null} for PNR
 * @param surname                  surname, or {@code null}
 * @param givenNames               given name(s), or {@code null}
 * @param middleNames              further names (PAXLST third name component), or {@code null}
 * @param sex                      declared sex, or {@code null}
 * @param dateOfBirth              date of birth (never {@code null}; see its status)
 * @param nationality              NAT+2 (or DOCS nationality for PNR), or {@code null}
 * @param countryOfResidence       LOC+174, or {@code null}
 * @param placeOfBirth             LOC+180 as written, or {@code null}
 * @param embarkation              LOC+178 port of embarkation, or {@code null}
 * @param debarkation              LOC+179 port of debarkation, or {@code null}
 * @param clearanceLocation        LOC+22 first port of clearance in the destination country, or {@code null}
 * @param bookingReference         RFF+AVF, or the PNR record locator: travellers sharing it booked together
 * @param passengerReference       RFF+ABO unique passenger reference, or {@code null}
 * @param seat                     RFF+SEA or PNR seat, or {@code null}
 * @param passengerType            passenger type (PNR), {@link PassengerType#UNKNOWN} for PAXLST
 * @param passengerTypeCode        passenger type code as written, or {@code null}
 * @param travellerRef             PNR traveller reference (TIF), or {@code null}
 * @param accompanyingTravellerRef for an infant: the traveller reference of the adult it travels with, else {@code null}
 * @param documentsVerified        GEI: {@code true} verified ({@code 173}), {@code false} not verified, {@code null} not stated
 * @param documents                travel documents
 * @param ssrs                     special service requests for this traveller (PNR)
 * @param references               other references kept as written (e.g. RFF+AEA, RFF+CR)
 */
public record Traveller(
        int position,
        int segmentPosition,
        TravellerRole role,
        String roleCode,
        String surname,
        String givenNames,
        String middleNames,
        Sex sex,
        DateOfBirth dateOfBirth,
        String nationality,
        String countryOfResidence,
        String placeOfBirth,
        String embarkation,
        String debarkation,
        String clearanceLocation,
        String bookingReference,
        String passengerReference,
        String seat,
        PassengerType passengerType,
        String passengerTypeCode,
        String travellerRef,
        String accompanyingTravellerRef,
        Boolean documentsVerified,
        List<TravelDocument> documents,
        List<SpecialServiceRequest> ssrs,
        List<Reference> references) {

    public Traveller {
        if (dateOfBirth == null) {
            dateOfBirth = DateOfBirth.missing();
        }
        if (passengerType == null) {
            passengerType = PassengerType.UNKNOWN;
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
        ssrs = ssrs == null ? List.of() : List.copyOf(ssrs);
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** This traveller with one more travel document (e.g. the chip's DG1 of a document read at the border). */
    public Traveller withDocument(TravelDocument document) {
        List<TravelDocument> all = new java.util.ArrayList<>(documents);
        all.add(document);
        return new Traveller(position, segmentPosition, role, roleCode, surname, givenNames, middleNames, sex,
                dateOfBirth, nationality, countryOfResidence, placeOfBirth, embarkation, debarkation, clearanceLocation,
                bookingReference, passengerReference, seat, passengerType, passengerTypeCode, travellerRef,
                accompanyingTravellerRef, documentsVerified, all, ssrs, references);
    }

    /** {@code true} when the booking marks this traveller as an infant (TIF {@code IN}, DOCS {@code MI}/{@code FI}). */
    public boolean isInfant() {
        return passengerType == PassengerType.INFANT;
    }

    /** The first SSR with that code, or {@code null}. */
    public SpecialServiceRequest ssr(String code) {
        for (SpecialServiceRequest s : ssrs) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /**
     * This traveller with {@code fix} applied to every text value (names, codes, references, and those of the
     * documents, service requests and references).
     */
    public Traveller withText(TextFix fix) {
        List<TravelDocument> docs = documents.stream().map(d -> d.withText(fix)).toList();
        List<SpecialServiceRequest> requests = ssrs.stream().map(s -> s.withText(fix)).toList();
        List<Reference> refs = references.stream().map(r -> r.withText(fix)).toList();
        return new Traveller(position, segmentPosition, role, fix.apply("role code", roleCode),
                fix.apply("surname", surname), fix.apply("given names", givenNames),
                fix.apply("middle names", middleNames), sex, dateOfBirth, fix.apply("nationality", nationality),
                fix.apply("country of residence", countryOfResidence), fix.apply("place of birth", placeOfBirth),
                fix.apply("embarkation", embarkation), fix.apply("debarkation", debarkation),
                fix.apply("clearance location", clearanceLocation), fix.apply("booking reference", bookingReference),
                fix.apply("passenger reference", passengerReference), fix.apply("seat", seat), passengerType,
                fix.apply("passenger type code", passengerTypeCode), fix.apply("traveller reference", travellerRef),
                fix.apply("accompanying traveller reference", accompanyingTravellerRef), documentsVerified, docs,
                requests, refs);
    }

    /** Position, role and references only: no names, dates or document numbers. */
    @Override
    public String toString() {
        return "Traveller[#" + position + " " + role + " at segment " + segmentPosition
                + (travellerRef == null ? "" : " ref " + travellerRef) + "]";
    }
}
