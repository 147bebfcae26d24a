package org.safepassage.manifest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.manifest.model.Traveller;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A person across flights, for the rules that look beyond one flight (M5: one adult escorting different minors on
 * different flights): where the same person (normalised names and date of birth) travels, and who is on their
 * booking there. Each question is an index look-up, not a join: given a join, the planners (H2's above all) may
 * start from the flights in the window and read every traveller on them (measured: 80% of the service's CPU).
 */
@Repository
public class TravellerHistory {

    private final JdbcTemplate jdbc;

    TravellerHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The same person on another flight: which, on which booking, as which traveller, departing when. */
    public record Appearance(String flightId, String bookingReference, String travellerId, LocalDate departure) {
    }

    /** A traveller on a booking: id, surname, date of birth. */
    public record Companion(String travellerId, String surname, LocalDate dateOfBirth) {
    }

    /**
     * Where {@code person} travels other than on {@code flightId}, with a booking reference, at most {@code max}
     * flights (a frequent flyer, or one identity repeated by a data error, must not make an assessment read them
     * all); departure dates may be outside any window the caller has in mind.
     */
    public List<Appearance> elsewhere(Traveller person, String flightId, int max) {
        LocalDate dob = person.dateOfBirth().date();
        if (dob == null) {
            return List.of();
        }
        List<Appearance> found = new ArrayList<>();
        // the flight's date by its key in a sub-select: the planner cannot start from the flights
        jdbc.query("""
                SELECT a.flight_id, a.booking_reference, a.traveller_id,
                    (SELECT f.departure_date FROM flight f WHERE f.flight_id = a.flight_id)
                FROM traveller a
                WHERE a.match_key = ? AND a.date_of_birth = ? AND a.flight_id <> ? AND NOT a.removed
                    AND a.booking_reference IS NOT NULL
                FETCH FIRST %d ROWS ONLY""".formatted(max),
                rs -> {
                    found.add(new Appearance(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class)));
                },
                Names.matchKey(person.surname(), person.givenNames()), dob, flightId);
        return found;
    }

    /** The other travellers on a booking of a flight born after {@code bornAfter}, by id. */
    public List<Companion> onBookingBornAfter(String flightId, String bookingReference, String exceptTravellerId,
                                             LocalDate bornAfter) {
        return jdbc.query("""
                SELECT traveller_id, surname, date_of_birth FROM traveller
                WHERE flight_id = ? AND booking_reference = ? AND traveller_id <> ? AND NOT removed
                    AND date_of_birth > ?
                ORDER BY traveller_id""",
                (rs, n) -> new Companion(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)),
                flightId, bookingReference, exceptTravellerId, bornAfter);
    }
}
