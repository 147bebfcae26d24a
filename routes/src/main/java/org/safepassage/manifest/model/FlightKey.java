package org.safepassage.manifest.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The key that joins API and PNR data (and resends of either) for the same departure: carrier,
 * flight number, departure airport and scheduled departure date (local date as sent by the carrier).
 * Components are normalised: upper case, no leading zeros in the number ({@code UA0989} and
 * {@code UA989} give the same key). Build keys with {@link #of}.
 *
 * @param carrier          carrier designator, e.g. {@code UA}
 * @param number           flight number without leading zeros, with any suffix, e.g. {@code 989}
 * @param departureAirport departure airport (IATA code as sent), e.g. {@code FRA}
 * @param departureDate    scheduled departure date, or {@code null} when the message had none
 */
public record FlightKey(String carrier, String number, String departureAirport, LocalDate departureDate) {

    /** A normalised key. */
    public static FlightKey of(String carrier, String number, String departureAirport, LocalDate departureDate) {
        return new FlightKey(upper(carrier), FlightDesignator.normaliseNumber(number), upper(departureAirport),
                departureDate);
    }

    private static String upper(String s) {
        return s == null ? null : s.trim().toUpperCase(Locale.ROOT);
    }

    /** E.g. {@code UA989/FRA/2017-01-27}. */
    @Override
    public String toString() {
        return (carrier == null ? "" : carrier) + (number == null ? "" : number) + "/"
                + (departureAirport == null ? "" : departureAirport) + "/"
                + (departureDate == null ? "" : departureDate);
    }
}
