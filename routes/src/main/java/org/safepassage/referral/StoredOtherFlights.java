package org.safepassage.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safepassage.manifest.Names;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.protection.EscortedMinor;
import org.safepassage.protection.OtherFlights;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Cross-flight look-ups for the rules (M5: one adult escorting different minors on different flights): the same
 * person (normalised names and date of birth) on other flights within a window, and the minors on their booking
 * there.
 */
@Repository
public class StoredOtherFlights {

    static final int WINDOW_DAYS = 30;
    /**
     * Enough minors to show the pattern; a person seen on very many flights (a frequent flyer, a data error that
     * repeats one identity) must not make every assessment read all of them.
     */
    static final int MAX_ROWS = 50;
    /** Other flights of the same person read at most (a frequent flyer, or one identity repeated by a data error). */
    static final int MAX_SEEN = 50;

    private final JdbcTemplate jdbc;

    public StoredOtherFlights(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OtherFlights around(String flightId, LocalDate departure) {
        if (departure == null) {
            return OtherFlights.NONE;
        }
        return adult -> minorsEscortedElsewhere(adult, flightId, departure);
    }

    private record Seen(String flightId, String bookingReference, String travellerId, LocalDate departure) {
    }

    /**
     * In steps, each one an index look-up, rather than one join: given a join, the query planners (H2's above all)
     * may start from the flights in the window and read every traveller on them, and the look-up then costs as much
     * as the month's traffic (measured: 80% of the service's CPU under load).
     */
    private List<EscortedMinor> minorsEscortedElsewhere(Traveller adult, String flightId, LocalDate departure) {
        LocalDate dob = adult.dateOfBirth().date();
        if (dob == null) {
            return List.of();
        }
        LocalDate from = departure.minusDays(WINDOW_DAYS);
        LocalDate to = departure.plusDays(WINDOW_DAYS);
        List<Seen> inWindow = new ArrayList<>();
        // the flight's date by its key in a sub-select: the planner cannot start from the flights
        jdbc.query("""
                SELECT a.flight_id, a.booking_reference, a.traveller_id,
                    (SELECT f.departure_date FROM flight f WHERE f.flight_id = a.flight_id)
                FROM traveller a
                WHERE a.match_key = ? AND a.date_of_birth = ? AND a.flight_id <> ? AND NOT a.removed
                    AND a.booking_reference IS NOT NULL
                FETCH FIRST %d ROWS ONLY""".formatted(MAX_SEEN),
                rs -> {
                    LocalDate date = rs.getObject(4, LocalDate.class);
                    if (date != null && !date.isBefore(from) && !date.isAfter(to)) {
                        inWindow.add(new Seen(rs.getString(1), rs.getString(2), rs.getString(3), date));
                    }
                },
                Names.matchKey(adult.surname(), adult.givenNames()), dob, flightId);
        inWindow.sort(Comparator.comparing(Seen::departure).thenComparing(Seen::flightId));
        List<EscortedMinor> found = new ArrayList<>();
        for (Seen s : inWindow) {
            jdbc.query("""
                    SELECT traveller_id, surname, date_of_birth FROM traveller
                    WHERE flight_id = ? AND booking_reference = ? AND traveller_id <> ? AND NOT removed
                        AND date_of_birth > ?
                    ORDER BY traveller_id""",
                    rs -> {
                        LocalDate minorDob = rs.getObject(3, LocalDate.class);
                        if (found.size() < MAX_ROWS && minorDob != null && !minorDob.isAfter(s.departure())
                                && Period.between(minorDob, s.departure()).getYears() < 18) {
                            found.add(new EscortedMinor(s.flightId(), rs.getString(1), rs.getString(2)));
                        }
                    },
                    s.flightId(), s.bookingReference(), s.travellerId(), s.departure().minusYears(18));
            if (found.size() >= MAX_ROWS) {
                break;
            }
        }
        return found;
    }
}
