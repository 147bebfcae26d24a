package org.safepassage.referral;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.safepassage.manifest.TravellerHistory;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.protection.EscortedMinor;
import org.safepassage.protection.OtherFlights;
import org.springframework.stereotype.Component;

/**
 * Cross-flight look-ups for the rules (M5: one adult escorting different minors on different flights): the same
 * person on other flights within a window, and the minors on their booking there (the manifest package answers
 * from its tables).
 */
@Component
class StoredOtherFlights {

    static final int WINDOW_DAYS = 30;
    /**
     * Enough minors to show the pattern; a person seen on very many flights (a frequent flyer, a data error that
     * repeats one identity) must not make every assessment read all of them.
     */
    static final int MAX_ROWS = 50;
    /** Other flights of the same person read at most (a frequent flyer, or one identity repeated by a data error). */
    static final int MAX_SEEN = 50;

    private final TravellerHistory history;

    StoredOtherFlights(TravellerHistory history) {
        this.history = history;
    }

    OtherFlights around(String flightId, LocalDate departure) {
        if (departure == null) {
            return OtherFlights.NONE;
        }
        return adult -> minorsEscortedElsewhere(adult, flightId, departure);
    }

    private List<EscortedMinor> minorsEscortedElsewhere(Traveller adult, String flightId, LocalDate departure) {
        LocalDate from = departure.minusDays(WINDOW_DAYS);
        LocalDate to = departure.plusDays(WINDOW_DAYS);
        List<TravellerHistory.Appearance> inWindow = new ArrayList<>();
        for (TravellerHistory.Appearance a : history.elsewhere(adult, flightId, MAX_SEEN)) {
            if (a.departure() != null && !a.departure().isBefore(from) && !a.departure().isAfter(to)) {
                inWindow.add(a);
            }
        }
        inWindow.sort(Comparator.comparing(TravellerHistory.Appearance::departure)
                .thenComparing(TravellerHistory.Appearance::flightId));
        List<EscortedMinor> found = new ArrayList<>();
        for (TravellerHistory.Appearance s : inWindow) {
            for (TravellerHistory.Companion c : history.onBookingBornAfter(s.flightId(), s.bookingReference(),
                    s.travellerId(), s.departure().minusYears(18))) {
                if (found.size() < MAX_ROWS && c.dateOfBirth() != null && !c.dateOfBirth().isAfter(s.departure())
                        && Period.between(c.dateOfBirth(), s.departure()).getYears() < 18) {
                    found.add(new EscortedMinor(s.flightId(), c.travellerId(), c.surname()));
                }
            }
            if (found.size() >= MAX_ROWS) {
                break;
            }
        }
        return found;
    }
}
