-- A flight id is carrier + number + "-" + departure place + "-" + date; with carrier, number and place as EDIFACT
-- allows them (an..35, migration 6) it can be longer than 64 characters, and an insert of such a flight failed
-- the whole message. Every flight id column now takes 128 (FieldLimits.FLIGHT_ID).
ALTER TABLE flight ALTER COLUMN flight_id SET DATA TYPE VARCHAR(128);
ALTER TABLE traveller ALTER COLUMN flight_id SET DATA TYPE VARCHAR(128);
ALTER TABLE booking ALTER COLUMN flight_id SET DATA TYPE VARCHAR(128);
ALTER TABLE referral ALTER COLUMN flight_id SET DATA TYPE VARCHAR(128);
