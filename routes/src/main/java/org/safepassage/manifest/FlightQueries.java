package org.safepassage.manifest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.system.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads flights, travellers and bookings back, as the API shows them and as the rules see them. */
@Repository
public class FlightQueries {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TravellerRecordCodec records;

    public FlightQueries(JdbcTemplate jdbc, ObjectMapper json, TravellerRecordCodec records) {
        this.jdbc = jdbc;
        this.json = json;
        this.records = records;
    }

    public record FlightView(String flightId, String carrier, String number, String departureAirport,
                             LocalDateTime departureTime, LocalDate departureDate, String arrivalAirport,
                             LocalDateTime arrivalTime, int travellerCount) {
    }

    public record DocumentView(String type, String number, String issuingState, LocalDate expiryDate,
                               LocalDate issueDate, String source) {
    }

    public record TravellerView(String travellerId, String role, String surname, String givenNames,
                                LocalDate dateOfBirth, String sex, String nationality, String bookingReference,
                                Integer ageAtDeparture, String passengerType, boolean inApi, boolean inPnr,
                                List<DocumentView> documents) {
    }

    public boolean exists(String flightId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT COUNT(*) > 0 FROM flight WHERE flight_id = ?",
                Boolean.class, flightId));
    }

    private static final String FLIGHT_COLUMNS = """
            SELECT f.flight_id, f.carrier, f.number, f.departure_airport, f.departure_time, f.departure_date,
                f.arrival_airport, f.arrival_time,
                (SELECT COUNT(*) FROM traveller t WHERE t.flight_id = f.flight_id AND NOT t.removed)
            FROM flight f""";

    private static final RowMapper<FlightView> FLIGHT = (rs, n) -> new FlightView(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getObject(5, LocalDateTime.class), rs.getObject(6, LocalDate.class),
            rs.getString(7), rs.getObject(8, LocalDateTime.class), rs.getInt(9));

    /** Latest departure first. */
    public Page<FlightView> flights(Page.PageRequest page) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM flight", Long.class);
        List<FlightView> items = jdbc.query(FLIGHT_COLUMNS + " ORDER BY f.departure_date DESC, f.departure_time DESC, f.flight_id"
                + " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY", FLIGHT);
        return Page.of(items, page, total == null ? 0 : total);
    }

    /** One flight, or {@code null}. */
    public FlightView flight(String flightId) {
        return jdbc.query(FLIGHT_COLUMNS + " WHERE f.flight_id = ?", FLIGHT, flightId).stream().findFirst().orElse(null);
    }

    /** A flight's travellers still on it, by name, one page at a time. */
    public Page<TravellerView> travellers(String flightId, Page.PageRequest page) {
        LocalDate departure = jdbc.queryForObject("SELECT departure_date FROM flight WHERE flight_id = ?",
                LocalDate.class, flightId);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM traveller WHERE flight_id = ? AND NOT removed",
                Long.class, flightId);
        List<TravellerView> out = new ArrayList<>();
        for (StoredTravellerRow stored : storedTravellers(flightId, page)) {
            Traveller t = stored.traveller();
            DateOfBirth dob = t.dateOfBirth();
            Integer age = dob.date() != null && departure != null && !dob.date().isAfter(departure)
                    ? Period.between(dob.date(), departure).getYears() : null;
            List<DocumentView> documents = t.documents().stream().map(FlightQueries::document).toList();
            out.add(new TravellerView(stored.travellerId(), t.role().name(), t.surname(), t.givenNames(), dob.date(),
                    TravellerRecords.sexCode(t), t.nationality(), t.bookingReference(), age,
                    t.passengerType() == null ? null : t.passengerType().name(), stored.inApi(), stored.inPnr(), documents));
        }
        return Page.of(out, page, total == null ? 0 : total);
    }

    private static DocumentView document(TravelDocument d) {
        return new DocumentView(d.typeCode(), d.number(), d.issuingState(), d.expiry(), d.issueDate(),
                d.source() == null ? null : d.source().name());
    }

    /** Travellers still on the flight, API and PNR records merged, in a stable order. */
    public List<StoredTravellerRow> storedTravellers(String flightId) {
        return storedTravellers(flightId, null);
    }

    private List<StoredTravellerRow> storedTravellers(String flightId, Page.PageRequest page) {
        return jdbc.query("""
                SELECT traveller_id, api_record, pnr_record, in_api, in_pnr FROM traveller
                WHERE flight_id = ? AND NOT removed ORDER BY surname, given_names, traveller_id"""
                + (page == null ? "" : " OFFSET " + page.offset() + " ROWS FETCH FIRST " + page.size() + " ROWS ONLY"),
                (rs, n) -> new StoredTravellerRow(rs.getString(1),
                        TravellerRecords.merge(records.read(rs.getBytes(2)), records.read(rs.getBytes(3))),
                        rs.getBoolean(4), rs.getBoolean(5)), flightId);
    }

    public List<Booking> bookings(String flightId) {
        return jdbc.query("SELECT data FROM booking WHERE flight_id = ? ORDER BY record_locator",
                (rs, n) -> read(rs.getString(1), Booking.class), flightId);
    }

    /** A stored traveller: id, merged record, and which sources named them. */
    public record StoredTravellerRow(String travellerId, Traveller traveller, boolean inApi, boolean inPnr) {
    }

    private <T> T read(String data, Class<T> type) {
        if (data == null) {
            return null;
        }
        try {
            return json.readValue(data, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " record cannot be read", e);
        }
    }
}
