package org.safepassage.ingest.simulator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.safepassage.manifest.model.FlightKey;

/**
 * Generates a departure as airlines report it: a PAXLST D05B passenger list, a PAXLST crew list and
 * a PNRGOV 13.1 push, built from one invented population, together with the facts they hold
 * ({@link GeneratedFlight}).
 *
 * <p>The population mixes what the minor-protection rules must tell apart: adults alone, couples,
 * families (one or two adults, children, sometimes an infant; children sometimes with another
 * surname than every adult), lone minors with and without SSR UMNR, an adult with several
 * unrelated minors, groups. Names are built from syllables, document numbers from a fictitious
 * range: no real identities. Reproducible: the same seed gives the same feeds.
 *
 * <p>Not thread-safe (one {@link Random}); use one generator per thread.
 */
public final class FeedGenerator {

    private static final String[] CARRIERS = {"XY", "QZ", "ZV", "JT", "WX"};
    private static final String[][] ROUTES = {
        {"ZRH", "LIS"}, {"FRA", "IAD"}, {"YVR", "JFK"}, {"CDG", "NBO"}, {"IST", "AMS"}, {"DXB", "MAN"},
        {"BKK", "SYD"}, {"MAD", "BOG"}, {"CMN", "BRU"}, {"DOH", "ARN"}};
    private static final String[] NATIONALITIES = {"CHE", "DEU", "FRA", "PRT", "GBR", "USA", "CAN", "NLD",
        "ITA", "ESP", "SWE", "KEN", "MAR", "TUR", "THA", "COL", "AUS", "BEL"};
    private static final String[] ONSETS = {"B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V",
        "Z", "BR", "DR", "KR", "ST", "TR", "VL"};
    private static final String[] VOWELS = {"A", "E", "I", "O", "U", "AI", "EO", "IA"};
    private static final String[] CODAS = {"", "", "N", "R", "S", "L", "M", "NT", "RK", "SK"};
    private static final String[] MONTHS =
        {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Random random;
    private int interchanges;
    private int documents;

    /** A generator; the same seed always gives the same feeds. */
    public FeedGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A flight of 50 to 500 passengers. */
    public GeneratedFlight nextFlight() {
        return nextFlight(50 + random.nextInt(451));
    }

    /** A flight of exactly {@code passengerCount} passengers (at least 1), 4 to 12 crew. */
    public GeneratedFlight nextFlight(int passengerCount) {
        if (passengerCount < 1) {
            throw new IllegalArgumentException("passengerCount must be at least 1");
        }
        String carrier = CARRIERS[random.nextInt(CARRIERS.length)];
        String[] route = ROUTES[random.nextInt(ROUTES.length)];
        String number = String.valueOf(1 + random.nextInt(9999));
        LocalDateTime departure = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365))
                .atTime(5 + random.nextInt(18), random.nextInt(12) * 5);
        LocalDateTime arrival = departure.plusMinutes(60 + random.nextInt(12 * 60));
        Flight flight = new Flight(carrier, number, route[0], route[1], departure, arrival);

        List<Booking> bookings = new ArrayList<>();
        int count = 0;
        while (count < passengerCount) {
            Booking b = nextBooking(flight, passengerCount - count);
            bookings.add(b);
            count += b.people.size();
        }
        List<Person> crew = new ArrayList<>();
        int crewSize = 4 + random.nextInt(9);
        for (int i = 0; i < crewSize; i++) {
            crew.add(person(flight, randomSurname(), 21 + random.nextInt(40), false));
        }

        return assemble(flight, bookings, crew);
    }

    private GeneratedFlight assemble(Flight flight, List<Booking> bookings, List<Person> crew) {
        List<GeneratedTraveller> passengers = new ArrayList<>();
        int ref = 1;
        for (Booking b : bookings) {
            boolean adultOnBooking = b.people.stream().anyMatch(p -> p.age >= 18);
            for (Person p : b.people) {
                if (p.infantOf == null) {
                    p.ref = String.valueOf(ref++);
                }
            }
            for (Person p : b.people) {
                if (p.infantOf != null) {
                    p.ref = p.infantOf.ref + "I";
                }
            }
            for (Person p : b.people) {
                passengers.add(new GeneratedTraveller(passengers.size() + 1, b.locator, p.ref, p.surname, p.given,
                        p.sex, p.dob, p.nationality, p.document, p.expiry, false, p.age < 18, p.age < 2,
                        p.age < 18 && !adultOnBooking, p.umnr, p.infantOf == null ? null : p.infantOf.ref));
            }
        }
        List<GeneratedTraveller> crewList = new ArrayList<>();
        for (Person p : crew) {
            crewList.add(new GeneratedTraveller(crewList.size() + 1, null, null, p.surname, p.given, p.sex, p.dob,
                    p.nationality, p.document, p.expiry, true, false, false, false, false, null));
        }
        FlightKey key = FlightKey.of(flight.carrier, flight.number, flight.departure, flight.departureAt.toLocalDate());
        return new GeneratedFlight(key, flight.departureAt, flight.arrival, paxlst(flight, bookings, false),
                paxlst(flight, List.of(new Booking(null, crew, false, false, null)), true), pnrgov(flight, bookings),
                passengers, crewList, bookings.size());
    }

    // ---- scripted flights (the local demo) -------------------------------------------------------

    /**
     * One person of a scripted booking.
     *
     * @param age       whole years at departure
     * @param umnr      the PNR requests the unaccompanied-minor service for them
     * @param infantOf  for an infant on an adult's lap: the position (0-based) of that adult in the booking, else
     *                  {@code null}
     */
    public record ScriptedPerson(String surname, String given, String sex, int age, String nationality, boolean umnr,
                                 Integer infantOf) {
    }

    /**
     * A scripted booking.
     *
     * @param bookedDaysBefore days between the booking and the departure (0: booked on the day)
     */
    public record ScriptedBooking(List<ScriptedPerson> people, boolean cash, boolean oneWay, int bookedDaysBefore) {
    }

    /** A flight with exactly these bookings (generated document numbers and locators, this generator's crew). */
    public GeneratedFlight scripted(String carrier, String number, String from, String to, LocalDateTime departure,
                                    LocalDateTime arrival, List<ScriptedBooking> scripted) {
        Flight flight = new Flight(carrier, number, from, to, departure, arrival);
        List<Booking> bookings = new ArrayList<>();
        for (ScriptedBooking b : scripted) {
            List<Person> people = new ArrayList<>();
            for (ScriptedPerson sp : b.people()) {
                Person p = person(flight, sp.surname(), sp.age(), "F".equals(sp.sex()));
                p.given = sp.given();
                p.nationality = sp.nationality();
                p.umnr = sp.umnr();
                people.add(p);
            }
            for (int i = 0; i < b.people().size(); i++) {
                Integer lap = b.people().get(i).infantOf();
                if (lap != null) {
                    people.get(i).infantOf = people.get(lap);
                }
            }
            bookings.add(new Booking(locator(), people, b.cash(), b.oneWay(),
                    departure.toLocalDate().minusDays(b.bookedDaysBefore())));
        }
        List<Person> crew = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            crew.add(person(flight, randomSurname(), 25 + random.nextInt(30), random.nextInt(2) == 0));
        }
        return assemble(flight, bookings, crew);
    }

    /** Interchange control references continue from {@code next} (e.g. a date, so another day's feeds are new). */
    public void numberInterchangesFrom(int next) {
        this.interchanges = next - 1;
    }

    // ---- population ----------------------------------------------------------------------------

    private Booking nextBooking(Flight f, int room) {
        int roll = random.nextInt(100);
        List<Person> people = new ArrayList<>();
        String surname = randomSurname();
        if (roll < 38 || room < 2) {
            people.add(adult(f, surname));
        } else if (roll < 52) {
            people.add(adult(f, surname));
            people.add(adult(f, random.nextInt(4) == 0 ? randomSurname() : surname));
        } else if (roll < 80) {
            int adults = 1 + random.nextInt(2);
            for (int i = 0; i < adults && people.size() < room; i++) {
                people.add(adult(f, i > 0 && random.nextInt(10) == 0 ? randomSurname() : surname));
            }
            int children = 1 + random.nextInt(3);
            for (int i = 0; i < children && people.size() < room; i++) {
                String childSurname = random.nextInt(4) == 0 ? randomSurname() : surname;
                people.add(person(f, childSurname, 2 + random.nextInt(16), random.nextInt(2) == 0));
            }
            if (people.size() < room && random.nextInt(5) == 0) {
                Person infant = person(f, surname, random.nextInt(2), random.nextInt(2) == 0);
                infant.infantOf = people.get(0);
                people.add(infant);
            }
        } else if (roll < 86) {
            int age = 5 + random.nextInt(13);
            Person minor = person(f, surname, age, random.nextInt(2) == 0);
            minor.umnr = age <= 14 ? random.nextInt(10) < 7 : random.nextInt(10) < 2;
            people.add(minor);
        } else if (roll < 89 && room >= 3) {
            people.add(adult(f, surname));
            int minors = 2 + random.nextInt(2);
            for (int i = 0; i < minors && people.size() < room; i++) {
                people.add(person(f, randomSurname(), 6 + random.nextInt(12), random.nextInt(2) == 0));
            }
        } else if (room >= 5) {
            int size = Math.min(room, 5 + random.nextInt(8));
            for (int i = 0; i < size; i++) {
                people.add(adult(f, randomSurname()));
            }
        } else {
            people.add(adult(f, surname));
        }
        boolean cash = random.nextInt(10) == 0;
        boolean oneWay = random.nextInt(10) < 3;
        LocalDate booked = f.departureAt.toLocalDate().minusDays(random.nextInt(10) == 0 ? random.nextInt(3)
                : 3 + random.nextInt(120));
        return new Booking(locator(), people, cash, oneWay, booked);
    }

    private Person adult(Flight f, String surname) {
        return person(f, surname, 18 + random.nextInt(68), random.nextInt(2) == 0);
    }

    private Person person(Flight f, String surname, int age, boolean female) {
        Person p = new Person();
        p.surname = surname;
        p.sex = female ? "F" : "M";
        p.given = randomGiven(female);
        p.age = age;
        LocalDate d = f.departureAt.toLocalDate();
        int maxDays = (int) ChronoUnit.DAYS.between(d.minusYears(age + 1L), d.minusYears(age)) - 1;
        p.dob = d.minusYears(age).minusDays(1 + random.nextInt(Math.max(1, maxDays)));
        p.nationality = NATIONALITIES[random.nextInt(NATIONALITIES.length)];
        p.document = "SPX" + String.format(Locale.ROOT, "%06d", ++documents);
        p.expiry = d.plusDays(30 + random.nextInt(3650));
        return p;
    }

    private String randomSurname() {
        StringBuilder sb = new StringBuilder();
        int syllables = 2 + random.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        sb.append(CODAS[random.nextInt(CODAS.length)]);
        return sb.toString();
    }

    private String randomGiven(boolean female) {
        StringBuilder sb = new StringBuilder();
        sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        sb.append(ONSETS[random.nextInt(ONSETS.length)]);
        sb.append(female ? "A" : "O");
        return sb.toString();
    }

    private String locator() {
        StringBuilder sb = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    // ---- PAXLST --------------------------------------------------------------------------------

    private String paxlst(Flight f, List<Booking> bookings, boolean crew) {
        int icr = ++interchanges;
        String prepared = yymmdd(f.departureAt.toLocalDate()) + ":" + hhmm(f.departureAt.minusHours(1).toLocalTime());
        Edi e = new Edi();
        e.raw("UNA:+.? '\n");
        e.seg("UNB+UNOA:4+" + f.carrier + "APIS:ZZ+SAFEPASSAGE:ZZ+" + prepared + "+" + icr(icr) + "++APIS");
        e.seg("UNG+PAXLST+" + f.carrier + "+SAFEPASSAGE+" + prepared + "+" + icr + "+UN+D:05B");
        e.startMessage();
        String ref = "PAX" + icr;
        e.seg("UNH+" + ref + "+PAXLST:D:05B:UN:IATA+" + f.carrier + f.number + yymmdd(f.departureAt.toLocalDate()) + "+01:F");
        e.seg(crew ? "BGM+250" : "BGM+745");
        e.seg("RFF+TN:" + f.carrier + icr(icr) + ":::1");
        e.seg("NAD+MS+++" + f.carrier + " API DESK");
        e.seg("COM+0000 000 000:TE");
        e.seg("TDT+20+" + f.carrier + String.format(Locale.ROOT, "%04d", Integer.parseInt(f.number)) + "+++" + f.carrier);
        e.seg("LOC+125+" + f.departure);
        e.seg("DTM+189:" + yymmdd(f.departureAt.toLocalDate()) + hhmm(f.departureAt.toLocalTime()) + ":201");
        e.seg("LOC+87+" + f.arrival);
        e.seg("DTM+232:" + yymmdd(f.arrivalAt.toLocalDate()) + hhmm(f.arrivalAt.toLocalTime()) + ":201");
        int n = 0;
        int seatRow = 1;
        int seatLetter = 0;
        for (Booking b : bookings) {
            for (Person p : b.people) {
                n++;
                e.seg("NAD+" + (crew ? "FM" : "FL") + "+++" + p.surname + ":" + p.given);
                e.seg("ATT+2++" + p.sex);
                e.seg("DTM+329:" + yymmdd(p.dob));
                e.seg("LOC+178+" + f.departure);
                e.seg("LOC+179+" + f.arrival);
                e.seg("NAT+2+" + p.nationality);
                if (!crew) {
                    e.seg("RFF+AVF:" + b.locator);
                    if (p.infantOf == null) {
                        e.seg("RFF+SEA:" + seatRow + "ABCDEF".charAt(seatLetter));
                        if (++seatLetter == 6) {
                            seatLetter = 0;
                            seatRow++;
                        }
                    }
                }
                e.seg("DOC+P:110:111+" + p.document);
                e.seg("DTM+36:" + yymmdd(p.expiry));
                e.seg("LOC+91+" + p.nationality);
            }
        }
        e.seg(crew ? "CNT+41:" + n : "CNT+42:" + n);
        e.seg("UNT+" + (e.messageSegments() + 1) + "+" + ref);
        e.seg("UNE+1+" + icr);
        e.seg("UNZ+1+" + icr(icr));
        return e.toString();
    }

    // ---- PNRGOV --------------------------------------------------------------------------------

    private String pnrgov(Flight f, List<Booking> bookings) {
        int icr = ++interchanges;
        LocalDate day = f.departureAt.toLocalDate();
        Edi e = new Edi();
        e.raw("UNA:+.? '\n");
        e.seg("UNB+IATA:1+" + f.carrier + "+SAFEPASSAGE+" + yymmdd(day) + ":"
                + hhmm(f.departureAt.minusHours(24).toLocalTime()) + "+" + icr(icr));
        e.startMessage();
        e.seg("UNH+1+PNRGOV:13:1:IA+" + f.carrier + f.number + "/" + ddmmyy(day));
        e.seg("MSG+:22");
        e.seg("ORG+" + f.carrier + ":" + f.departure);
        e.seg("TVL+" + tvlDates(f.departureAt, f.arrivalAt) + "+" + f.departure + "+" + f.arrival + "+" + f.carrier + "+" + f.number);
        e.seg("EQN+" + bookings.size());
        for (Booking b : bookings) {
            e.seg("SRC");
            e.seg("RCI+" + f.carrier + ":" + b.locator + "::" + ddmmyy(b.booked) + ":1030");
            e.seg("DAT+700:" + ddmmyy(b.booked) + ":1031+710:" + ddmmyy(b.booked) + ":1045");
            for (Person p : b.people) {
                String ptc = p.infantOf != null ? "IN" : p.age < 12 ? "C" : "A";
                boolean withInfant = b.people.stream().anyMatch(q -> q.infantOf == p);
                String title = p.age < 12 ? "" : "F".equals(p.sex) ? "MRS" : "MR";
                e.seg("TIF+" + p.surname + "+" + p.given + title + ":" + ptc + ":" + p.ref + (withInfant ? ":1" : ""));
                String sex = p.infantOf != null ? p.sex + "I" : p.sex;
                e.seg("SSR+DOCS:HK:1:" + f.carrier + ":::::/P/" + p.nationality + "/" + p.document + "/" + p.nationality
                        + "/" + ddmmmyy(p.dob) + "/" + sex + "/" + ddmmmyy(p.expiry) + "/" + p.surname + "/" + p.given
                        + "+::" + p.ref);
                if (p.umnr) {
                    e.seg("SSR+UMNR:HK:1:" + f.carrier + ":::::UM" + p.age + "+::" + p.ref);
                }
                e.seg("TKT+999" + String.format(Locale.ROOT, "%010d", random.nextInt(1_000_000_000)) + ":T:1");
                e.seg(b.cash ? "FOP+CA::" + (100 + random.nextInt(900)) + ".00"
                        : "FOP+CC::" + (100 + random.nextInt(900)) + ".00:VI");
            }
            e.seg("TVL+" + tvlDates(f.departureAt, f.arrivalAt) + "+" + f.departure + "+" + f.arrival + "+" + f.carrier
                    + "+" + f.number + ":Y");
            e.seg("RPI+" + b.people.size() + "+HK");
            for (Person p : b.people) {
                if (p.infantOf != null) {
                    e.seg("SSR+INFT:HK:1:" + f.carrier + ":::" + f.departure + ":" + f.arrival + ":" + p.surname + "/"
                            + p.given + " " + ddmmmyy(p.dob) + "+::" + p.infantOf.ref);
                }
            }
            if (!b.oneWay) {
                LocalDateTime back = f.departureAt.plusDays(3 + random.nextInt(20));
                e.seg("TVL+" + tvlDates(back, back.plusMinutes(f.minutes())) + "+" + f.arrival + "+" + f.departure + "+"
                        + f.carrier + "+" + (Integer.parseInt(f.number) % 9999 + 1) + ":Y");
                e.seg("RPI+" + b.people.size() + "+HK");
            }
        }
        e.seg("UNT+" + (e.messageSegments() + 1) + "+1");
        e.seg("UNZ+1+" + icr(icr));
        return e.toString();
    }

    private static String tvlDates(LocalDateTime dep, LocalDateTime arr) {
        return ddmmyy(dep.toLocalDate()) + ":" + hhmm(dep.toLocalTime()) + ":" + ddmmyy(arr.toLocalDate()) + ":"
                + hhmm(arr.toLocalTime());
    }

    // ---- formats -------------------------------------------------------------------------------

    private static String icr(int n) {
        return String.format(Locale.ROOT, "%09d", n);
    }

    private static String yymmdd(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String ddmmyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
    }

    private static String ddmmmyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%s%02d", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear() % 100);
    }

    private static String hhmm(LocalTime t) {
        return String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute());
    }

    // ---- drafts --------------------------------------------------------------------------------

    private static final class Flight {
        final String carrier;
        final String number;
        final String departure;
        final String arrival;
        final LocalDateTime departureAt;
        final LocalDateTime arrivalAt;

        Flight(String carrier, String number, String departure, String arrival, LocalDateTime departureAt,
               LocalDateTime arrivalAt) {
            this.carrier = carrier;
            this.number = number;
            this.departure = departure;
            this.arrival = arrival;
            this.departureAt = departureAt;
            this.arrivalAt = arrivalAt;
        }

        long minutes() {
            return ChronoUnit.MINUTES.between(departureAt, arrivalAt);
        }
    }

    private static final class Person {
        String surname;
        String given;
        String sex;
        int age;
        LocalDate dob;
        String nationality;
        String document;
        LocalDate expiry;
        boolean umnr;
        Person infantOf;
        String ref;
    }

    private record Booking(String locator, List<Person> people, boolean cash, boolean oneWay, LocalDate booked) {
    }

    /** Segment writer with one segment per line and a segment count for UNT. */
    private static final class Edi {
        private final StringBuilder sb = new StringBuilder(64 * 1024);
        private int counted = -1;

        void raw(String s) {
            sb.append(s);
        }

        void startMessage() {
            counted = 0;
        }

        void seg(String s) {
            sb.append(s).append("'\n");
            if (counted >= 0) {
                counted++;
            }
        }

        int messageSegments() {
            return counted;
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
