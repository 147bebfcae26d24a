package org.safepassage.protection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.Reference;

/**
 * Per-flight indexes, built once per assessment and shared by every rule: travellers by booking (booking
 * reference or PNR locator, codeshare locators folded together), PNRs by booking, travellers by surname
 * key (built only when a minor without a booking reference needs it), and per-traveller companions and
 * escorts (computed on first use and kept).
 */
final class FlightIndex {

    final FlightContext flight;
    final RuleCatalogue catalogue;
    /** Date ages are computed at, or {@code null}. */
    final LocalDate departure;
    /** Latest possible scheduled departure time (the day's end when no time is known), or {@code null}. */
    final LocalDateTime departureTime;
    final List<TravellerFacts> travellers;
    private final Map<String, List<TravellerFacts>> byGroup;
    private Map<String, List<TravellerFacts>> bySurnameKey;
    /** Surname keys by surname as written: families share surnames, so each is folded once per flight. */
    final Map<String, Set<String>> surnameKeyCache = new HashMap<>();

    private FlightIndex(FlightContext flight, RuleCatalogue catalogue) {
        this.flight = flight;
        this.catalogue = catalogue;
        this.departure = flight.effectiveDepartureDate();
        this.departureTime = departureTime(flight, departure);
        int maximumAge = catalogue.maximumPlausibleAge();
        boolean pnrWithoutAgeMayBeMinor = catalogue.pnrWithoutAgeMayBeMinor();

        Map<String, String> alias = new HashMap<>();
        Map<String, Booking> bookingByGroup = new HashMap<>();
        for (Booking b : flight.bookings()) {
            String key = key(b.recordLocator());
            if (key == null) {
                continue;
            }
            bookingByGroup.putIfAbsent(key, b);
            alias.putIfAbsent(key, key);
            for (Reference r : b.otherLocators()) {
                String other = key(r.value());
                if (other != null) {
                    alias.putIfAbsent(other, key);
                }
            }
        }

        List<TravellerInContext> in = flight.travellers();
        this.travellers = new ArrayList<>(in.size());
        this.byGroup = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            TravellerInContext t = in.get(i);
            String ref = key(t.data().bookingReference());
            String group = ref == null ? null : alias.getOrDefault(ref, ref);
            Booking booking = group == null ? null : bookingByGroup.get(group);
            boolean chipVerified = t.documentCheck() != null && "VALID".equals(t.documentCheck().verdict());
            TravellerFacts f = new TravellerFacts(i, t, AgeCalculator.compute(t.data(), departure, maximumAge,
                    pnrWithoutAgeMayBeMinor, chipVerified), group,
                    booking, surnameKeyCache);
            travellers.add(f);
            if (group != null) {
                byGroup.computeIfAbsent(group, k -> new ArrayList<>(4)).add(f);
            }
        }
    }

    static FlightIndex build(FlightContext flight, RuleCatalogue catalogue) {
        return new FlightIndex(flight, catalogue);
    }

    private static String key(String ref) {
        if (ref == null) {
            return null;
        }
        String k = ref.trim().toUpperCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }

    private static LocalDateTime departureTime(FlightContext flight, LocalDate departure) {
        if (departure == null) {
            return null;
        }
        for (FlightLeg leg : flight.legs()) {
            if (departure.equals(leg.departureDate()) && leg.departureTime() != null) {
                return leg.scheduledDeparture();
            }
        }
        return departure.atTime(LocalTime.MAX);
    }

    /** Travellers sharing this traveller's booking on this flight (the traveller included), or just the traveller. */
    List<TravellerFacts> group(TravellerFacts f) {
        return f.groupKey == null ? List.of(f) : byGroup.get(f.groupKey);
    }

    /**
     * The people the traveller travels with on this flight: the others on the same booking (crew: the other
     * crew), the adult an infant is booked with, and, for a traveller without a booking reference,
     * passengers with the same surname.
     */
    List<TravellerFacts> companions(TravellerFacts f) {
        if (f.companions != null) {
            return f.companions;
        }
        List<TravellerFacts> out = new ArrayList<>(4);
        if (f.crew) {
            for (TravellerFacts o : travellers) {
                if (o != f && o.crew) {
                    out.add(o);
                }
            }
        } else if (f.groupKey != null) {
            for (TravellerFacts o : byGroup.get(f.groupKey)) {
                if (o != f && !o.crew) {
                    out.add(o);
                }
            }
        } else {
            for (TravellerFacts o : bySurname(f)) {
                if (o != f && !o.crew) {
                    out.add(o);
                }
            }
        }
        String adultRef = f.traveller.accompanyingTravellerRef();
        if (adultRef != null && !f.crew) {
            for (TravellerFacts o : f.groupKey == null ? travellers : byGroup.get(f.groupKey)) {
                if (o != f && adultRef.equals(o.traveller.travellerRef()) && !out.contains(o)) {
                    out.add(o);
                }
            }
        }
        f.companions = out;
        return out;
    }

    /** Companions who are adults under the majority age of their nationality and residence. */
    List<TravellerFacts> adultEscorts(TravellerFacts f) {
        if (f.adultEscorts == null) {
            List<TravellerFacts> out = new ArrayList<>(2);
            for (TravellerFacts o : companions(f)) {
                if (o.age.isAdult(majorityAge(o))) {
                    out.add(o);
                }
            }
            f.adultEscorts = out;
        }
        return f.adultEscorts;
    }

    /** The (possible) minors an adult travels with on this flight: their companions who may be minors. */
    List<TravellerFacts> minorsLinkedTo(TravellerFacts adult) {
        if (adult.linkedMinors == null) {
            List<TravellerFacts> out = new ArrayList<>(2);
            for (TravellerFacts o : adult.groupKey == null ? List.<TravellerFacts>of() : byGroup.get(adult.groupKey)) {
                if (o != adult && !o.crew && o.mayBeMinor) {
                    out.add(o);
                }
            }
            String ref = adult.traveller.travellerRef();
            if (ref != null) {
                for (TravellerFacts o : adult.groupKey == null ? travellers : byGroup.get(adult.groupKey)) {
                    if (o != adult && o.mayBeMinor && ref.equals(o.traveller.accompanyingTravellerRef())
                            && !out.contains(o)) {
                        out.add(o);
                    }
                }
            }
            adult.linkedMinors = out;
        }
        return adult.linkedMinors;
    }

    /** Minors the adult escorts on other flights (asked once per adult per assessment). */
    List<EscortedMinor> elsewhere(TravellerFacts adult) {
        if (adult.elsewhere == null) {
            List<EscortedMinor> found = flight.otherFlights().minorsEscortedElsewhere(adult.traveller);
            List<EscortedMinor> out = new ArrayList<>();
            if (found != null) {
                for (EscortedMinor m : found) {
                    if (m != null && m.flightId() != null && !m.flightId().equals(flight.flightId())) {
                        out.add(m);
                    }
                }
            }
            adult.elsewhere = out;
        }
        return adult.elsewhere;
    }

    /**
     * The majority age that applies to a traveller as an escort: the higher of the ages for their nationality
     * and their country of residence, the catalogue default when neither is known.
     */
    int majorityAge(TravellerFacts f) {
        if (f.majority < 0) {
            String nat = Countries.iso3(f.traveller.nationality());
            String res = Countries.iso3(f.traveller.countryOfResidence());
            f.majority = Math.max(catalogue.majorityAge(nat), catalogue.majorityAge(res));
        }
        return f.majority;
    }

    private List<TravellerFacts> bySurname(TravellerFacts f) {
        if (bySurnameKey == null) {
            bySurnameKey = new HashMap<>();
            for (TravellerFacts o : travellers) {
                if (!o.crew) {
                    for (String k : o.surnameKeys()) {
                        bySurnameKey.computeIfAbsent(k, x -> new ArrayList<>(2)).add(o);
                    }
                }
            }
        }
        Set<String> keys = f.surnameKeys();
        if (keys.isEmpty()) {
            return List.of();
        }
        if (keys.size() == 1) {
            return bySurnameKey.getOrDefault(keys.iterator().next(), List.of());
        }
        Set<TravellerFacts> seen = new HashSet<>();
        List<TravellerFacts> out = new ArrayList<>();
        for (String k : keys) {
            for (TravellerFacts o : bySurnameKey.getOrDefault(k, List.of())) {
                if (seen.add(o)) {
                    out.add(o);
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.index, b.index));
        return out;
    }
}
