package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.SpecialServiceRequest;

/**
 * M3: a child certainly under the carrier's unaccompanied-minor age travels with no adult and without the
 * carrier's unaccompanied-minor service (SSR UMNR, or passenger type UM). When no PNR has been received,
 * no such request is known, and the indicator holds: a young child alone is referred rather than assumed
 * to be in the carrier's care. An infant alone is left to M8 (when M8 is on). A child under the youngest age carriers accept as an unaccompanied minor
 * (default 5) travelling with no adult is an indicator even with the service requested.
 */
final class M3UnderUnaccompaniedMinorAge implements Rule {

    /** SSR status codes that say the request was refused or cancelled. */
    private static final Set<String> NOT_HELD = Set.of("UN", "NO", "UC", "HX", "XX", "XL", "XK");

    @Override
    public String code() {
        return "M3";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("unaccompaniedMinorAge", 12, 1),
                ParameterSpec.integerMap("unaccompaniedMinorAgeByCarrier", 1),
                ParameterSpec.integer("youngestUnaccompaniedAge", 5, 0));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        String carrier = carrier(flight.flight);
        Integer byCarrier = carrier == null ? null : rule.integerMap("unaccompaniedMinorAgeByCarrier").get(carrier);
        int umAge = byCarrier != null ? byCarrier : rule.integer("unaccompaniedMinorAge");
        if (!t.age.isMinor(umAge) || !flight.adultEscorts(t).isEmpty() || t.crew || infantForM8(t, flight)) {
            return null;
        }
        SpecialServiceRequest umnr = umnr(t);
        if (t.traveller.passengerType() == PassengerType.UNACCOMPANIED_MINOR || umnr != null) {
            int youngest = rule.integer("youngestUnaccompaniedAge");
            if (!t.age.isMinor(youngest)) {
                return null;
            }
            List<Evidence> evidence = new ArrayList<>(Finding.age(t));
            evidence.add(Finding.bookingReference(t));
            evidence.add(umnr != null ? new Evidence("ssr", "UMNR" + (umnr.text() == null ? "" : " " + umnr.text().trim()),
                    "PNR SSR UMNR") : new Evidence("passengerType", String.valueOf(t.traveller.passengerTypeCode()), "PNR TIF"));
            evidence.add(new Evidence("youngestUnaccompaniedAge", String.valueOf(youngest), "rule catalogue"));
            return Finding.of(t.age.shortForm() + ", under " + youngest + ", the youngest age carriers accept as an"
                    + " unaccompanied minor; " + (t.groupKey != null ? Finding.bookingPhrase(t) + " has no adult on this flight"
                    : "no booking reference and no adult with the same surname on this flight")
                    + "; an unaccompanied-minor service is requested", evidence, flight.companions(t));
        }
        List<Evidence> evidence = new ArrayList<>(Finding.age(t));
        evidence.add(Finding.bookingReference(t));
        String service;
        if (t.booking == null) {
            service = "no PNR received, so no unaccompanied-minor service request (SSR UMNR) is known";
            evidence.add(new Evidence("ssr", "no PNR", "PNR"));
        } else {
            service = "no unaccompanied-minor service request (SSR UMNR)";
            evidence.add(new Evidence("ssr", "no UMNR", "PNR SSR"));
        }
        evidence.add(new Evidence("unaccompaniedMinorAge", umAge + (byCarrier != null ? " (carrier " + carrier + ")" : ""),
                "rule catalogue"));
        String text = t.age.shortForm() + ", under the carrier's unaccompanied-minor age of " + umAge + "; "
                + (t.groupKey != null ? Finding.bookingPhrase(t) + " has no adult on this flight"
                : "no booking reference and no adult with the same surname on this flight")
                + "; " + service;
        return Finding.of(text, evidence, flight.companions(t));
    }

    /** An infant alone is M8's case (when M8 is on): M3 does not repeat it. */
    private static boolean infantForM8(TravellerFacts t, FlightIndex flight) {
        RuleDefinition m8 = flight.catalogue.rule("M8");
        return m8.enabled() && t.age.isMinor(m8.integer("infantUnder"));
    }

    /** A held UMNR request for the traveller (on the traveller, or on their booking for them), or {@code null}. */
    static SpecialServiceRequest umnr(TravellerFacts t) {
        for (SpecialServiceRequest s : t.traveller.ssrs()) {
            if ("UMNR".equals(s.code()) && held(s)) {
                return s;
            }
        }
        Booking b = t.booking;
        if (b != null) {
            String ref = t.traveller.travellerRef();
            for (SpecialServiceRequest s : b.ssrs()) {
                if ("UMNR".equals(s.code()) && held(s) && (s.travellerRef() == null || s.travellerRef().equals(ref))) {
                    return s;
                }
            }
        }
        return null;
    }

    private static boolean held(SpecialServiceRequest s) {
        return s.status() == null || !NOT_HELD.contains(s.status().trim().toUpperCase(Locale.ROOT));
    }

    static String carrier(FlightContext f) {
        if (f.flightKey() != null && f.flightKey().carrier() != null) {
            return f.flightKey().carrier();
        }
        for (FlightLeg leg : f.legs()) {
            if (leg.carrier() != null) {
                return leg.carrier().trim().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }
}
