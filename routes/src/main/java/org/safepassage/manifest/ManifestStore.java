package org.safepassage.manifest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FieldLimits;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.SourceKind;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TransportMode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where a parsed PAXLST or PNRGOV message becomes flights, travellers and bookings.
 *
 * <ul>
 * <li>A message's travellers are on every flight leg it names (flight = carrier, number, departure airport, date).</li>
 * <li>One person is one traveller per flight: API and PNR records of the same person (same normalised names,
 * no conflicting date of birth, same crew/passenger role) are merged; a resend updates, never duplicates.</li>
 * <li>A change list ({@code CP}/{@code CC}) replaces the earlier list for that flight: once it is complete, API
 * travellers of the same list type that it no longer names are marked removed.</li>
 * <li>A list split over several messages ({@code 01:C}, {@code 02:C}, {@code 03:F}) is applied part by part in
 * whatever order the parts arrive, so officers see early data; it is complete when every part up to the final
 * one is in.</li>
 * </ul>
 * Runs inside the caller's transaction.
 */
@Repository
public class ManifestStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final TravellerRecordCodec records;
    private final ListParts listParts;
    private final Clock clock;

    ManifestStore(JdbcTemplate jdbc, ObjectMapper json, TravellerRecordCodec records, ListParts listParts, Clock clock) {
        this.jdbc = jdbc;
        // stored records leave out what is empty: less to write on every commit
        this.json = json.rebuild().changeDefaultPropertyInclusion(
                inclusion -> inclusion.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)).build();
        this.records = records;
        this.listParts = listParts;
        this.clock = clock;
    }

    /** What applying a message changed. */
    public record Applied(List<String> flightIds, int added, int updated, int removed, String listState) {
    }

    /** The flight id officers see, e.g. {@code UA989-FRA-2017-01-27} (at most {@value FieldLimits#FLIGHT_ID} characters). */
    public static String flightId(FlightKey key) {
        return fit(key.carrier() + key.number() + "-" + key.departureAirport() + "-"
                + (key.departureDate() == null ? "undated" : key.departureDate().toString()), FieldLimits.FLIGHT_ID);
    }

    public Applied apply(PassengerMessage message, String messageId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean api = message.kind() == SourceKind.PAXLST;
        List<Traveller> people = message.travellers().stream()
                .filter(t -> t.passengerType() != PassengerType.GROUP)
                .toList();
        List<String> flightIds = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int removed = 0;
        String listState = null;
        List<FlightLeg> legs = Legs.usable(message);
        for (int legIndex = 0; legIndex < legs.size(); legIndex++) {
            FlightLeg leg = legs.get(legIndex);
            String flightId = upsertFlight(leg, now);
            if (flightIds.contains(flightId)) {
                continue;
            }
            flightIds.add(flightId);
            int[] counts = new int[2];
            int index = legIndex;
            List<Traveller> onLeg = legs.size() == 1 ? people
                    : people.stream().filter(t -> Legs.travelsOn(t, legs, index)).toList();
            List<String> ids = upsertTravellers(flightId, onLeg, api, message.listType().name(), now, counts);
            added += counts[0];
            updated += counts[1];
            for (Booking booking : message.bookings()) {
                upsertBooking(flightId, booking, now);
            }
            if (api) {
                ListParts.Progress progress = listParts.record(flightId, message, messageId, ids, now);
                listState = progress.describe();
                if (message.change() && progress.complete()) {
                    removed += removeTravellersNotIn(flightId, message.listType().name(), progress.travellerIds(), now);
                }
            }
        }
        return new Applied(flightIds, added, updated, removed, listState);
    }

    private String upsertFlight(FlightLeg leg, OffsetDateTime now) {
        FlightKey key = leg.key();
        String id = flightId(key);
        LocalDateTime departure = leg.scheduledDeparture();
        LocalDateTime arrival = leg.scheduledArrival();
        // insert-if-absent first, then update: either way this transaction now holds the flight's row lock, so
        // messages for one flight are applied one after the other even with several consumers, and two first
        // messages for a new flight do not collide on its key
        int inserted = jdbc.update("""
                INSERT INTO flight (flight_id, carrier, number, departure_airport, departure_date, departure_time,
                    arrival_airport, arrival_time, first_received_at, last_received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                id, fit(key.carrier(), FieldLimits.CODE), fit(key.number(), FieldLimits.CODE),
                fit(key.departureAirport(), FieldLimits.CODE), key.departureDate(), ts(departure),
                fit(leg.arrivalAirport(), FieldLimits.CODE), ts(arrival), now, now);
        if (inserted == 0) {
            jdbc.update("""
                    UPDATE flight SET last_received_at = ?, data_version = data_version + 1,
                        departure_time = COALESCE(?, departure_time),
                        arrival_airport = COALESCE(?, arrival_airport),
                        arrival_time = COALESCE(?, arrival_time)
                    WHERE flight_id = ?""",
                    now, ts(departure), fit(leg.arrivalAirport(), FieldLimits.CODE), ts(arrival), id);
        }
        return id;
    }

    private record Existing(String id, String matchKey, java.time.LocalDate dob, boolean crew, byte[] apiRecord,
                            byte[] pnrRecord) {
    }

    private List<String> upsertTravellers(String flightId, List<Traveller> people, boolean api, String listType,
                                          OffsetDateTime now, int[] counts) {
        Map<String, List<Existing>> byKey = new HashMap<>();
        jdbc.query("SELECT traveller_id, match_key, date_of_birth, role, api_record, pnr_record FROM traveller WHERE flight_id = ?",
                rs -> {
                    java.sql.Date dob = rs.getDate(3);
                    Existing e = new Existing(rs.getString(1), rs.getString(2), dob == null ? null : dob.toLocalDate(),
                            rs.getString(4).contains("CREW"), rs.getBytes(5), rs.getBytes(6));
                    byKey.computeIfAbsent(e.matchKey(), k -> new ArrayList<>()).add(e);
                }, flightId);
        Set<String> claimed = new HashSet<>();
        List<String> ids = new ArrayList<>(people.size());
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Traveller t : people) {
            String key = Names.matchKey(t.surname(), t.givenNames());
            java.time.LocalDate dob = t.dateOfBirth().date();
            boolean crew = t.role().isCrew();
            Existing match = null;
            for (Existing e : byKey.getOrDefault(key, List.of())) {
                if (!claimed.contains(e.id()) && e.crew() == crew
                        && (e.dob() == null || dob == null || e.dob().equals(dob))
                        && !documentsConflict(e, t)) {
                    match = e;
                    break;
                }
            }
            byte[] data = records.write(t);
            if (match == null) {
                String id = TimeOrderedIds.next();
                Traveller view = t;
                inserts.add(new Object[] {id, flightId, key, t.role().name(), fit(view.surname(), FieldLimits.SURNAME),
                        fit(view.givenNames(), FieldLimits.GIVEN_NAMES), dob, TravellerRecords.sexCode(view),
                        fit(view.nationality(), FieldLimits.NATIONALITY),
                        fit(view.bookingReference(), FieldLimits.BOOKING_REFERENCE), listType, api, !api,
                        api ? data : null, api ? null : data, now});
                claimed.add(id);
                ids.add(id);
                byKey.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Existing(id, key, dob, crew, api ? data : null, api ? null : data));
                counts[0]++;
            } else {
                claimed.add(match.id());
                ids.add(match.id());
                Traveller apiSide = api ? t : records.read(match.apiRecord());
                Traveller pnrSide = api ? records.read(match.pnrRecord()) : t;
                Traveller view = TravellerRecords.merge(apiSide, pnrSide);
                java.time.LocalDate viewDob = view.dateOfBirth().date();
                updates.add(new Object[] {view.role().name(), fit(view.surname(), FieldLimits.SURNAME),
                        fit(view.givenNames(), FieldLimits.GIVEN_NAMES), viewDob, TravellerRecords.sexCode(view),
                        fit(view.nationality(), FieldLimits.NATIONALITY),
                        fit(view.bookingReference(), FieldLimits.BOOKING_REFERENCE), api ? listType : null, api, !api,
                        api ? data : null, api ? null : data, now, match.id()});
                counts[1]++;
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO traveller (traveller_id, flight_id, match_key, role, surname, given_names, date_of_birth,
                        sex, nationality, booking_reference, list_type, in_api, in_pnr, removed, api_record, pnr_record, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)""", inserts);
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("""
                    UPDATE traveller SET role = ?, surname = ?, given_names = ?, date_of_birth = ?, sex = ?,
                        nationality = ?, booking_reference = ?, list_type = COALESCE(?, list_type),
                        in_api = in_api OR ?, in_pnr = in_pnr OR ?, removed = FALSE,
                        api_record = COALESCE(?, api_record), pnr_record = COALESCE(?, pnr_record), updated_at = ?
                    WHERE traveller_id = ?""", updates);
        }
        return ids;
    }

    /**
     * Two records with the same name key are still two people when they hold documents of the same type and issuer
     * with different numbers (names are matched without digits and punctuation, so {@code SMITH1} and
     * {@code SMITH2} share a key).
     */
    private boolean documentsConflict(Existing existing, Traveller incoming) {
        if (incoming.documents().isEmpty()) {
            return false;
        }
        for (byte[] stored : new byte[][] {existing.apiRecord(), existing.pnrRecord()}) {
            Traveller other = stored == null ? null : records.read(stored);
            if (other != null && TravellerRecords.documentsConflict(other, incoming)) {
                return true;
            }
        }
        return false;
    }

    private void upsertBooking(String flightId, Booking booking, OffsetDateTime now) {
        if (booking.recordLocator() == null) {
            return;
        }
        String locator = fit(booking.recordLocator(), FieldLimits.BOOKING_REFERENCE);
        String data = write(booking);
        int changed = jdbc.update("UPDATE booking SET data = ?, updated_at = ? WHERE flight_id = ? AND record_locator = ?",
                data, now, flightId, locator);
        if (changed == 0) {
            jdbc.update("INSERT INTO booking (flight_id, record_locator, data, updated_at) VALUES (?, ?, ?, ?)",
                    flightId, locator, data, now);
        }
    }

    private int removeTravellersNotIn(String flightId, String listType, Set<String> keep, OffsetDateTime now) {
        List<Object[]> gone = new ArrayList<>();
        jdbc.query("SELECT traveller_id FROM traveller WHERE flight_id = ? AND in_api AND list_type = ? AND NOT removed",
                rs -> {
                    String id = rs.getString(1);
                    if (!keep.contains(id)) {
                        gone.add(new Object[] {now, id});
                    }
                }, flightId, listType);
        if (!gone.isEmpty()) {
            jdbc.batchUpdate("UPDATE traveller SET removed = TRUE, updated_at = ? WHERE traveller_id = ?", gone);
        }
        return gone.size();
    }

    private static String fit(String value, int max) {
        return FieldLimits.fit(value, max);
    }

    private static Timestamp ts(LocalDateTime time) {
        return time == null ? null : Timestamp.valueOf(time);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static OffsetDateTime utc(java.sql.Timestamp t) {
        return t == null ? null : t.toInstant().atOffset(ZoneOffset.UTC);
    }
}
