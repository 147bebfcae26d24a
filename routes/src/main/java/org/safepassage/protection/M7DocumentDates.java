package org.safepassage.protection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.TravelDocument;

/**
 * M7: the (possible) minor's travel document was issued shortly before travel (default 30 days), or has
 * expired, or expires before the return flight of the booking (or, with no return known, within 30 days
 * of departure). Visas (type V, SSR DOCO) are not looked at.
 */
final class M7DocumentDates implements Rule {

    @Override
    public String code() {
        return "M7";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("issuedWithinDays", 30, 0),
                ParameterSpec.integer("expiresWithinDays", 30, 0),
                ParameterSpec.texts("ignoredDocumentTypes", List.of("V")));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        LocalDate d = flight.departure;
        if (d == null || t.traveller.documents().isEmpty()) {
            return null;
        }
        int issuedWithin = rule.integer("issuedWithinDays");
        int expiresWithin = rule.integer("expiresWithinDays");
        List<String> ignored = rule.texts("ignoredDocumentTypes");
        LocalDate back = returnDate(t.booking, d);
        Set<String> parts = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        for (TravelDocument doc : t.traveller.documents()) {
            if (!isTravelDocument(doc, ignored)) {
                continue;
            }
            String name = describe(doc);
            boolean hit = false;
            if (doc.issueDate() != null && !doc.issueDate().isAfter(d)) {
                long days = ChronoUnit.DAYS.between(doc.issueDate(), d);
                if (days <= issuedWithin) {
                    parts.add(name + " issued " + days + " day" + (days == 1 ? "" : "s") + " before departure");
                    evidence.add(new Evidence("documentIssueDate", doc.issueDate().toString(), origin(doc, "DTM+182")));
                    hit = true;
                }
            }
            if (doc.expiry() != null) {
                LocalDate x = doc.expiry();
                String expiry = null;
                if (x.isBefore(d)) {
                    expiry = name + " expired on " + x + ", before departure";
                } else if (back != null && x.isBefore(back)) {
                    expiry = name + " expires on " + x + ", before the return flight on " + back;
                    evidence.add(new Evidence("returnDate", back.toString(), "PNR TVL"));
                } else if (ChronoUnit.DAYS.between(d, x) <= expiresWithin) {
                    expiry = name + " expires " + ChronoUnit.DAYS.between(d, x) + " days after departure";
                }
                if (expiry != null) {
                    parts.add(expiry);
                    evidence.add(new Evidence("documentExpiry", x.toString(), origin(doc, "DTM+36")));
                    hit = true;
                }
            }
            if (hit) {
                evidence.add(new Evidence("document", doc.typeCode() + " " + doc.number()
                        + (doc.issuingState() == null ? "" : " issued by " + doc.issuingState()), AgeCalculator.originOf(doc)));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Finding.of(String.join("; ", parts), List.copyOf(new LinkedHashSet<>(evidence)));
    }

    static boolean isTravelDocument(TravelDocument doc, List<String> ignoredTypes) {
        if (doc.source() == DocumentSource.SSR_DOCO) {
            return false;
        }
        String type = doc.typeCode() == null ? "" : doc.typeCode().trim().toUpperCase(Locale.ROOT);
        for (String ignored : ignoredTypes) {
            if (type.equalsIgnoreCase(ignored)) {
                return false;
            }
        }
        return true;
    }

    private static String describe(TravelDocument doc) {
        String type = doc.typeCode() == null ? "" : doc.typeCode().trim().toUpperCase(Locale.ROOT);
        String kind = switch (type.isEmpty() ? ' ' : type.charAt(0)) {
            case 'P' -> "passport";
            case 'I', 'A', 'C' -> "identity document";
            default -> "travel document";
        };
        return kind + (doc.issuingState() == null ? "" : " (" + doc.issuingState() + ")");
    }

    private static String origin(TravelDocument doc, String dtm) {
        return doc.source() == DocumentSource.PAXLST_DOC ? "PAXLST " + dtm : AgeCalculator.originOf(doc);
    }

    /**
     * The date the traveller is back where the booking started (the first later leg arriving there), if it
     * is after {@code departure}; {@code null} for one-way bookings or when unknown.
     */
    static LocalDate returnDate(Booking b, LocalDate departure) {
        if (b == null || b.itinerary().isEmpty() || b.isOneWay()) {
            return null;
        }
        String origin = b.itinerary().get(0).departureAirport();
        for (int i = 1; i < b.itinerary().size(); i++) {
            FlightLeg leg = b.itinerary().get(i);
            if (origin.equals(leg.arrivalAirport())) {
                LocalDate date = leg.arrivalDate() != null ? leg.arrivalDate() : leg.departureDate();
                return date != null && date.isAfter(departure) ? date : null;
            }
        }
        return null;
    }
}
