package org.safepassage.ingest.simulator;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.ingest.simulator.FeedGenerator.ScriptedBooking;
import org.safepassage.ingest.simulator.FeedGenerator.ScriptedPerson;

/**
 * The local demo's flights, dated around the moment the service starts (generated identities only): what an officer
 * at the arrival airport would see in the next hours. The cases are the ones SafePassage is for:
 * <ul>
 * <li>ZZ101 IST to LHR, landing in about two hours: a 7-year-old alone without the unaccompanied-minor service,
 * booked on the day, one way, paid in cash; an infant on a booking with no adult; a family; a child travelling
 * with the airline's unaccompanied-minor service; an adult with three children of three other surnames;</li>
 * <li>ZZ205 DXB to LHR, landing in about six hours: a 16-year-old alone, and the same adult with two more children
 * of other surnames (one adult escorting different children on different flights);</li>
 * <li>ZZ310 CDG to LHR, landing in about nine hours: families and adults only, no referral.</li>
 * </ul>
 * And the documents read at the arrival airport's booths and eGates ({@link #READS}): genuine passports that verify,
 * and children's documents that do not (DG1 tampered with, an expired signer, an MRZ altered) or whose issuer is
 * unknown, signed by the demo's specimen trust hierarchy.
 * Each start on the same day sends the same messages again, which then change nothing; the next day's are new.
 */
public final class DemoFlights {

    private DemoFlights() {
    }

    /** The demo flights for a service started at {@code now} (local time at the arrival airport). */
    public static List<GeneratedFlight> around(LocalDateTime now) {
        LocalDateTime start = now.truncatedTo(ChronoUnit.HOURS);
        FeedGenerator generator = new FeedGenerator(now.toLocalDate().toEpochDay());
        // interchange references by day: the same day's demo is the same messages
        generator.numberInterchangesFrom(Integer.parseInt(now.toLocalDate().format(
                java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))) * 100 + 1);
        List<GeneratedFlight> flights = new ArrayList<>();
        flights.add(generator.scripted("ZZ", "101", "IST", "LHR", start.minusHours(2), start.plusHours(2), List.of(
                booking(true, true, 0, person("DEMIRCAN", "ELIF", "F", 7, "TUR")),
                booking(false, false, 20, person("OKAFORO", "ADA", "F", 1, "NGA")),
                booking(false, false, 45, person("AYDINOVA", "SELMA", "F", 38, "TUR"), person("AYDINOVA", "KEREM", "M", 9, "TUR"),
                        person("AYDINOVA", "LALE", "F", 4, "TUR")),
                booking(false, false, 30, new ScriptedPerson("BRANDVOLL", "ERIK", "M", 10, "NOR", true, null)),
                booking(true, true, 1, person("MARVESCU", "DORIN", "M", 46, "ROU"), person("TALVARI", "NIKA", "F", 12, "GEO"),
                        person("OSTROVA", "MIRA", "F", 14, "UKR"), person("KESHAVI", "ANIL", "M", 15, "IND")),
                booking(false, false, 60, person("WELLSTON", "GRACE", "F", 52, "GBR")),
                booking(false, false, 12, person("HALVORSEN", "JONAS", "M", 33, "NOR"), person("HALVORSEN", "INGRID", "F", 31, "NOR")),
                booking(false, false, 80, person("FERRANTE", "LUCA", "M", 61, "ITA")))));
        flights.add(generator.scripted("ZZ", "205", "DXB", "LHR", start.minusHours(1), start.plusHours(6), List.of(
                booking(true, true, 2, person("SAIDOVA", "ZARINA", "F", 16, "UZB")),
                booking(true, true, 3, person("MARVESCU", "DORIN", "M", 46, "ROU"), person("BELKANI", "SARA", "F", 11, "ALB"),
                        person("QUORVINE", "TOMAS", "M", 13, "MDA")),
                booking(false, false, 40, person("ALMANSOORI", "HIND", "F", 44, "ARE"), person("ALMANSOORI", "OMAR", "M", 17, "ARE")),
                booking(false, false, 25, person("PRICEWELL", "OWEN", "M", 29, "GBR")))));
        flights.add(generator.scripted("ZZ", "310", "CDG", "LHR", start.plusHours(8), start.plusHours(9), List.of(
                booking(false, false, 50, person("LAURENTE", "CLAIRE", "F", 41, "FRA"), person("LAURENTE", "HUGO", "M", 43, "FRA"),
                        person("LAURENTE", "EMMA", "F", 8, "FRA")),
                booking(false, false, 70, person("NAKAMORI", "KENJI", "M", 55, "JPN")),
                booking(false, false, 15, person("OSEI", "AMA", "F", 27, "GHA")))));
        return flights;
    }

    /**
     * A document read the demo sends: whose (flight number, surname, given name), with which fault, whether the
     * reader names the flight, and which reader.
     */
    public record DemoRead(String flightNumber, String surname, String givenName, SpecimenDocuments.Fault fault,
                           boolean hinted, String readerId) {
    }

    public static final List<DemoRead> READS = List.of(
            new DemoRead("101", "DEMIRCAN", "ELIF", SpecimenDocuments.Fault.NONE, true, "LHR-T5-BOOTH-12"),
            new DemoRead("101", "AYDINOVA", "SELMA", SpecimenDocuments.Fault.NONE, false, "LHR-T5-EGATE-07"),
            new DemoRead("101", "AYDINOVA", "KEREM", SpecimenDocuments.Fault.MRZ_TYPO, false, "LHR-T5-BOOTH-12"),
            new DemoRead("101", "TALVARI", "NIKA", SpecimenDocuments.Fault.UNKNOWN_ISSUER, true, "LHR-T5-BOOTH-14"),
            new DemoRead("101", "WELLSTON", "GRACE", SpecimenDocuments.Fault.NONE, false, "LHR-T5-EGATE-03"),
            new DemoRead("205", "SAIDOVA", "ZARINA", SpecimenDocuments.Fault.TAMPERED_DG1, true, "LHR-T5-BOOTH-12"),
            new DemoRead("205", "BELKANI", "SARA", SpecimenDocuments.Fault.EXPIRED_DSC, true, "LHR-T5-BOOTH-14"),
            new DemoRead("310", "LAURENTE", "EMMA", SpecimenDocuments.Fault.NONE, true, "LHR-T5-EGATE-05"));

    /** The events of {@link #READS} for {@code flights} (as {@link #around} made them), read at {@code readAt}. */
    public static List<byte[]> readEvents(List<GeneratedFlight> flights, SpecimenDocuments documents,
                                          java.time.Instant readAt) {
        List<byte[]> events = new ArrayList<>();
        for (DemoRead read : READS) {
            for (GeneratedFlight f : flights) {
                if (!f.key().number().equals(read.flightNumber())) {
                    continue;
                }
                for (GeneratedTraveller t : f.passengers()) {
                    if (t.surname().equals(read.surname()) && t.givenName().equals(read.givenName())) {
                        String[] hint = read.hinted() ? new String[] {f.key().carrier(), f.key().number(),
                                f.key().departureDate().toString()} : null;
                        events.add(documents.readEvent(t, read.fault(), readAt, read.readerId(), hint));
                    }
                }
            }
        }
        return events;
    }

    private static ScriptedPerson person(String surname, String given, String sex, int age, String nationality) {
        return new ScriptedPerson(surname, given, sex, age, nationality, false, null);
    }

    private static ScriptedBooking booking(boolean cash, boolean oneWay, int bookedDaysBefore, ScriptedPerson... people) {
        return new ScriptedBooking(List.of(people), cash, oneWay, bookedDaysBefore);
    }
}
