package org.safepassage.ingest;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FieldLimits;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.Interchange;
import org.safepassage.manifest.model.ParseWarning;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.TextFix;
import org.safepassage.manifest.model.Traveller;

/**
 * Checks every value of a mapped message before it is stored, so that no single value can cost a message its
 * other travellers:
 * <ul>
 * <li>control characters (NUL, escape, ...) are removed from every text value, with a warning naming the field;</li>
 * <li>a traveller's value longer than its column (a 40-character nationality, a 300-character surname) is a
 * warning: the column keeps the value cut to fit, the traveller's stored record keeps it whole;</li>
 * <li>a flight's carrier, number or place, or a booking's record locator, longer than it may be is cut (they make
 * the flight's and the booking's identity), with a warning;</li>
 * <li>travellers beyond the per-message limit are set aside (not applied), with a warning: the caller keeps the
 * whole message on the dead-letter destination so that nothing is lost.</li>
 * </ul>
 * Warnings name the segment and the field, never the value. Plain Java, no I/O.
 */
final class FieldCheck {

    /** At most this many field warnings per message; the rest are counted in one line. */
    static final int MAX_FIELD_WARNINGS = 50;

    private FieldCheck() {
    }

    /** What the check made of an interchange. */
    record Checked(Interchange interchange, int travellersSetAside) {
    }

    /**
     * @param mayHoldControlCharacters {@code false} when the raw message has no byte that could decode to a control
     *                                 character (see {@link #mayHoldControlCharacters(byte[])}): then no traveller's
     *                                 values need that look
     */
    static Checked check(Interchange interchange, int maxTravellersPerMessage, boolean mayHoldControlCharacters) {
        List<PassengerMessage> messages = new ArrayList<>(interchange.messages().size());
        int setAside = 0;
        for (PassengerMessage message : interchange.messages()) {
            Run run = new Run(mayHoldControlCharacters);
            List<Traveller> travellers = message.travellers();
            if (travellers.size() > maxTravellersPerMessage) {
                setAside += travellers.size() - maxTravellersPerMessage;
                run.always(new ParseWarning(travellers.get(maxTravellersPerMessage).segmentPosition(), null,
                        "the message names " + travellers.size() + " travellers, more than the limit of "
                                + maxTravellersPerMessage + " per message (safepassage.ingest.max-travellers-per-message): "
                                + "the first " + maxTravellersPerMessage + " were applied, the other "
                                + (travellers.size() - maxTravellersPerMessage)
                                + " set aside with the whole message on the dead-letter queue"));
                travellers = travellers.subList(0, maxTravellersPerMessage);
            }
            List<Traveller> checked = new ArrayList<>(travellers.size());
            for (Traveller t : travellers) {
                checked.add(run.traveller(t));
            }
            List<FlightLeg> legs = message.legs().stream().map(run::leg).toList();
            List<Booking> bookings = message.bookings().stream().map(run::booking).toList();
            if (run.changed || !run.warnings.isEmpty()) {
                List<ParseWarning> warnings = new ArrayList<>(message.warnings());
                warnings.addAll(run.warnings());
                message = message.with(legs, checked, bookings, warnings);
            }
            messages.add(message);
        }
        return new Checked(new Interchange(interchange.envelope(), interchange.declaredMessageCount(), messages,
                interchange.warnings()), setAside);
    }

    /** The check of one message: what it changed and what it warned about. */
    private static final class Run {
        private final List<ParseWarning> warnings = new ArrayList<>();
        private final boolean lookForControlCharacters;
        private int suppressed;
        private boolean changed;

        Run(boolean lookForControlCharacters) {
            this.lookForControlCharacters = lookForControlCharacters;
        }

        List<ParseWarning> warnings() {
            if (suppressed > 0) {
                warnings.add(new ParseWarning(0, null, suppressed + " more field warnings of the same kinds"));
                suppressed = 0;
            }
            return warnings;
        }

        void always(ParseWarning warning) {
            warnings.add(warning);
            changed = true;
        }

        private void warn(int segment, String tag, String text) {
            if (warnings.size() >= MAX_FIELD_WARNINGS) {
                suppressed++;
            } else {
                warnings.add(new ParseWarning(segment, tag, text));
            }
        }

        Traveller traveller(Traveller t) {
            String tag = t.roleCode() == null ? "TIF" : "NAD";
            int segment = t.segmentPosition();
            Traveller clean = t;
            if (lookForControlCharacters && hasControlCharacters(t)) {
                clean = t.withText(withoutControlCharacters(segment, tag));
                changed = true;
            }
            tooLong(clean.surname(), FieldLimits.SURNAME, "surname", segment, tag);
            tooLong(clean.givenNames(), FieldLimits.GIVEN_NAMES, "given names", segment, tag);
            tooLong(clean.nationality(), FieldLimits.NATIONALITY, "nationality", segment, tag);
            tooLong(clean.bookingReference(), FieldLimits.BOOKING_REFERENCE, "booking reference", segment, tag);
            return clean;
        }

        private void tooLong(String value, int max, String field, int segment, String tag) {
            if (value != null && value.length() > max) {
                warn(segment, tag, "the traveller's " + field + " has " + value.length() + " characters, more than the "
                        + max + " its column keeps: stored cut to " + max + "; the traveller's record keeps it whole");
            }
        }

        FlightLeg leg(FlightLeg leg) {
            String carrier = cut(leg.carrier(), "carrier", leg.segmentPosition());
            String number = cut(leg.flightNumber(), "flight number", leg.segmentPosition());
            String from = cut(leg.departureAirport(), "departure place", leg.segmentPosition());
            String to = cut(leg.arrivalAirport(), "arrival place", leg.segmentPosition());
            if (carrier == leg.carrier() && number == leg.flightNumber() && from == leg.departureAirport()
                    && to == leg.arrivalAirport()) {
                return leg;
            }
            changed = true;
            return leg.withPlaces(carrier, number, from, to);
        }

        private String cut(String value, String field, int segment) {
            String clean = strip(value);
            if (clean != value) {
                warn(segment, "TDT", "control characters removed from the " + field);
            }
            if (clean != null && clean.length() > FieldLimits.CODE) {
                warn(segment, "TDT", "the " + field + " has " + clean.length() + " characters, more than "
                        + FieldLimits.CODE + ": cut to " + FieldLimits.CODE);
                return FieldLimits.fit(clean, FieldLimits.CODE);
            }
            return clean;
        }

        Booking booking(Booking booking) {
            String locator = strip(booking.recordLocator());
            if (locator != booking.recordLocator()) {
                warn(booking.segmentPosition(), "RCI", "control characters removed from the record locator");
            }
            if (locator != null && locator.length() > FieldLimits.BOOKING_REFERENCE) {
                warn(booking.segmentPosition(), "RCI", "the record locator has " + locator.length()
                        + " characters, more than " + FieldLimits.BOOKING_REFERENCE + ": cut to "
                        + FieldLimits.BOOKING_REFERENCE);
                locator = FieldLimits.fit(locator, FieldLimits.BOOKING_REFERENCE);
            }
            if (locator == booking.recordLocator()) {
                return booking;
            }
            changed = true;
            return booking.withRecordLocator(locator);
        }

        private TextFix withoutControlCharacters(int segment, String tag) {
            return (field, value) -> {
                String clean = strip(value);
                if (clean != value) {
                    warn(segment, tag, "control characters removed from the " + field);
                }
                return clean;
            };
        }
    }

    /**
     * Whether the raw bytes may decode to a control character inside a value: a C0 byte other than the line breaks
     * the reader removes, DEL, or a byte of 0x80-0x9F (a C1 control in ISO-8859-1, or part of a UTF-8 sequence).
     * Plain ASCII lists, most of what carriers send, need no look at their values.
     */
    static boolean mayHoldControlCharacters(byte[] raw) {
        for (byte b : raw) {
            int c = b & 0xff;
            if ((c < 0x20 && c != '\r' && c != '\n') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacters(Traveller t) {
        boolean[] found = {false};
        t.withText((field, value) -> {
            if (!found[0] && strip(value) != value) {
                found[0] = true;
            }
            return value;
        });
        return found[0];
    }

    /** The value without control characters (C0, DEL, C1); the same instance when it has none. */
    static String strip(String value) {
        if (value == null) {
            return null;
        }
        int i = 0;
        while (i < value.length() && !Character.isISOControl(value.charAt(i))) {
            i++;
        }
        if (i == value.length()) {
            return value;
        }
        StringBuilder clean = new StringBuilder(value.length());
        clean.append(value, 0, i);
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isISOControl(c)) {
                clean.append(c);
            }
        }
        return clean.toString().strip();
    }
}
