package org.safepassage.protection;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.FormOfPayment;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.SpecialServiceRequest;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/** Hand-built flights for the rule tests: API passengers by default, PNR-only or crew on request. */
final class TestFlights {

    static final LocalDate DEPARTURE = LocalDate.of(2017, 6, 15);
    static final FlightLeg LEG = leg(1, "XX", "123", "FRA", DEPARTURE, "IAD");

    private static RuleCatalogue shipped;

    private TestFlights() {
    }

    /** The catalogue shipped in {@code config/rules/} (tests run from the repository root). */
    static RuleCatalogue catalogue() {
        if (shipped == null) {
            try {
                shipped = RuleCatalogue.load(RuleCatalogue.DEFAULT_LOCATION);
            } catch (InvalidRuleCatalogueException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return shipped;
    }

    static FlightAssessment assess(FlightContext flight) {
        return new MinorProtectionAssessor(catalogue()).assess(flight);
    }

    static FlightLeg leg(int seq, String carrier, String number, String from, LocalDate date, String to) {
        return new FlightLeg(seq, TransportMode.AIR, carrier, number, null, from, date, LocalTime.of(10, 0), to, date,
                LocalTime.of(14, 0), seq);
    }

    static Pax pax(String id) {
        return new Pax(id);
    }

    static Pnr pnr(String locator) {
        return new Pnr(locator);
    }

    static FlightContext flight(Pax... travellers) {
        return flight(List.of(), travellers);
    }

    static FlightContext flight(List<Booking> bookings, Pax... travellers) {
        return flight(bookings, OtherFlights.NONE, travellers);
    }

    static FlightContext flight(List<Booking> bookings, OtherFlights other, Pax... travellers) {
        return new FlightContext("F1", FlightKey.of("XX", "123", "FRA", DEPARTURE), DEPARTURE,
                LocalDateTime.of(DEPARTURE, LocalTime.of(14, 0)), List.of(LEG),
                Arrays.stream(travellers).map(Pax::build).toList(), bookings, other);
    }

    /** A date of birth for an age in whole years at {@link #DEPARTURE} (birthday a month before). */
    static String bornYearsAgo(int years) {
        return DEPARTURE.minusYears(years).minusMonths(1).toString();
    }

    /** A traveller under construction. */
    static final class Pax {
        final String id;
        TravellerRole role = TravellerRole.PASSENGER;
        String roleCode = "FL";
        String surname = "DOE";
        String given = "ALEX";
        DateOfBirth dob = DateOfBirth.missing();
        String nationality;
        String residence;
        String embarkation;
        String booking;
        PassengerType type = PassengerType.UNKNOWN;
        String typeCode;
        String ref;
        String infantOf;
        final List<TravelDocument> docs = new ArrayList<>();
        final List<SpecialServiceRequest> ssrs = new ArrayList<>();
        DocumentCheck check;

        Pax(String id) {
            this.id = id;
        }

        Pax surname(String s) {
            surname = s;
            return this;
        }

        /** ISO date of birth. */
        Pax born(String iso) {
            dob = DateOfBirth.of(LocalDate.parse(iso));
            return this;
        }

        Pax age(int years) {
            return born(bornYearsAgo(years));
        }

        Pax dob(DateOfBirth d) {
            dob = d;
            return this;
        }

        /** YYMMDD as in PAXLST DTM+329, resolved against the departure date. */
        Pax dobYyMmDd(String raw) {
            dob = DateOfBirth.fromYyMmDd(raw, DEPARTURE);
            return this;
        }

        Pax nationality(String n) {
            nationality = n;
            return this;
        }

        Pax residence(String r) {
            residence = r;
            return this;
        }

        Pax embarkation(String e) {
            embarkation = e;
            return this;
        }

        Pax booking(String b) {
            booking = b;
            return this;
        }

        Pax crew() {
            role = TravellerRole.CREW;
            roleCode = "FM";
            return this;
        }

        /** A PNR-only traveller (no PAXLST party qualifier). */
        Pax pnrOnly() {
            roleCode = null;
            return this;
        }

        Pax type(PassengerType t, String code) {
            type = t;
            typeCode = code;
            return this;
        }

        Pax ref(String r) {
            ref = r;
            return this;
        }

        Pax infantOf(String adultRef) {
            infantOf = adultRef;
            type = PassengerType.INFANT;
            typeCode = "IN";
            return this;
        }

        Pax passport(String number, String state) {
            return passport(number, state, null, DEPARTURE.plusYears(5));
        }

        Pax passport(String number, String state, LocalDate issued, LocalDate expiry) {
            docs.add(new TravelDocument(DocumentSource.PAXLST_DOC, "P", number, state, expiry,
                    expiry == null ? null : expiry.toString(), issued, issued == null ? null : issued.toString(), null,
                    null, null, null, false, null, null, 1));
            return this;
        }

        Pax document(TravelDocument d) {
            docs.add(d);
            return this;
        }

        Pax ssr(String code, String text) {
            ssrs.add(new SpecialServiceRequest(code, "HK", "XX", null, null, text, ref, 1));
            return this;
        }

        Pax check(String verdict, String... failed) {
            check = new DocumentCheck(verdict, List.of(failed), null);
            return this;
        }

        TravellerInContext build() {
            Traveller t = new Traveller(1, 1, role, roleCode, surname, given, null, null, dob, nationality, residence,
                    null, embarkation, null, null, booking, null, null, type, typeCode, ref, infantOf, null, docs, ssrs,
                    List.of());
            return new TravellerInContext(id, t, check);
        }
    }

    /** A PNR under construction. */
    static final class Pnr {
        final String locator;
        final List<Reference> others = new ArrayList<>();
        LocalDateTime bookedAt = DEPARTURE.minusDays(60).atTime(9, 0);
        LocalDate bookingDate = DEPARTURE.minusDays(60);
        final List<FormOfPayment> fops = new ArrayList<>(List.of(new FormOfPayment("CC", "1000", "VI")));
        final List<FlightLeg> itinerary = new ArrayList<>(List.of(LEG,
                leg(2, "XX", "124", "IAD", DEPARTURE.plusDays(14), "FRA")));
        final List<SpecialServiceRequest> ssrs = new ArrayList<>();
        int travellers = 1;

        Pnr(String locator) {
            this.locator = locator;
        }

        Pnr oneWay() {
            itinerary.clear();
            itinerary.add(LEG);
            return this;
        }

        Pnr itinerary(FlightLeg... legs) {
            itinerary.clear();
            itinerary.addAll(List.of(legs));
            return this;
        }

        Pnr bookedAt(LocalDateTime at) {
            bookedAt = at;
            bookingDate = at == null ? null : at.toLocalDate();
            return this;
        }

        Pnr bookedOn(LocalDate date) {
            bookedAt = null;
            bookingDate = date;
            return this;
        }

        Pnr cash() {
            fops.clear();
            fops.add(new FormOfPayment("CA", "500", null));
            return this;
        }

        Pnr ssr(String code, String text, String travellerRef) {
            ssrs.add(new SpecialServiceRequest(code, "HK", "XX", null, null, text, travellerRef, 1));
            return this;
        }

        Pnr otherLocator(String system, String value) {
            others.add(new Reference(system, value));
            return this;
        }

        Pnr travellers(int n) {
            travellers = n;
            return this;
        }

        Booking build() {
            return new Booking(1, 1, locator, "1A", others, bookingDate, bookedAt, null, null, null, fops, itinerary, ssrs,
                    List.of(), List.of(), travellers);
        }
    }
}
