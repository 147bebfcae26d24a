package org.safepassage.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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

    private List<EscortedMinor> minorsEscortedElsewhere(Traveller adult, String flightId, LocalDate departure) {
        LocalDate dob = adult.dateOfBirth().date();
        if (dob == null) {
            return List.of();
        }
        List<EscortedMinor> found = new ArrayList<>();
        jdbc.query("""
                SELECT m.flight_id, m.traveller_id, m.surname, m.date_of_birth, f.departure_date
                FROM traveller a
                JOIN flight f ON f.flight_id = a.flight_id
                JOIN traveller m ON m.flight_id = a.flight_id AND m.booking_reference = a.booking_reference
                    AND m.traveller_id <> a.traveller_id AND NOT m.removed AND m.date_of_birth > ?
                WHERE a.match_key = ? AND a.date_of_birth = ? AND a.flight_id <> ? AND NOT a.removed
                    AND a.booking_reference IS NOT NULL
                    AND f.departure_date BETWEEN ? AND ?
                ORDER BY f.departure_date, m.flight_id, m.traveller_id FETCH FIRST %d ROWS ONLY""".formatted(MAX_ROWS),
                rs -> {
                    LocalDate minorDob = rs.getObject(4, LocalDate.class);
                    LocalDate date = rs.getObject(5, LocalDate.class);
                    if (minorDob != null && date != null && !minorDob.isAfter(date)
                            && Period.between(minorDob, date).getYears() < 18) {
                        found.add(new EscortedMinor(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                },
                // born after this date: a minor on any departure in the window (the exact age is checked above)
                departure.minusDays(WINDOW_DAYS).minusYears(18),
                Names.matchKey(adult.surname(), adult.givenNames()), dob, flightId,
                departure.minusDays(WINDOW_DAYS), departure.plusDays(WINDOW_DAYS));
        return found;
    }
}
