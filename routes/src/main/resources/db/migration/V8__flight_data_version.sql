-- Which data of a flight its last assessment saw. Timestamps could not tell: a message applied to several flights
-- takes its receipt time before it locks each of them, so an assessment of one of them that started in between
-- was stamped later than data it never saw, and the sweep took the flight for assessed. Ingest now counts every
-- change of a flight's data under the flight's row lock, and the assessment records the count it read under the
-- same lock.
ALTER TABLE flight ADD COLUMN data_version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE flight ADD COLUMN assessed_version BIGINT;
UPDATE flight SET assessed_version = data_version WHERE assessed_at IS NOT NULL AND assessed_at >= last_received_at;
-- a flight whose assessment failed is retried after the others (the sweep takes a limited number at a time)
ALTER TABLE flight ADD COLUMN assessment_failed_at TIMESTAMP WITH TIME ZONE;
