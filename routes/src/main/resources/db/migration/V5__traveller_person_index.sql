-- The same person on other flights (rule M5: one adult escorting different minors on different flights) is looked
-- up by normalised name and date of birth for every adult of every assessed flight, then the minors on that
-- person's booking there. Without indexes for both, each look-up scanned the stored travellers and assessment
-- slowed as the database grew (measured: referral latency p50 0.5 s after 100 flights, 2 s after 300). An index on
-- the date of birth alone was not enough: generated and real traffic repeat dates of birth (1 January, stand-in
-- dates for unknown ones), and the look-up then read hundreds of rows per adult (p50 0.49 s, p99 1.7 s after 300 flights).
CREATE INDEX traveller_person ON traveller (match_key, date_of_birth);

-- A flight's travellers by booking (who travels with whom). Nothing reads a flight's travellers by name key, so
-- this replaces the (flight_id, match_key) index, which served only the flight_id prefix.
DROP INDEX traveller_flight;
CREATE INDEX traveller_flight_booking ON traveller (flight_id, booking_reference);
