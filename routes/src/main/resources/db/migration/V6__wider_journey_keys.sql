-- Carrier, number and places as EDIFACT allows them (an..35): a land or sea journey is numbered by its manifest
-- (BGM document identifier), and real messages carry location codes longer than an IATA airport code.
ALTER TABLE flight ALTER COLUMN carrier SET DATA TYPE VARCHAR(35);
ALTER TABLE flight ALTER COLUMN number SET DATA TYPE VARCHAR(35);
ALTER TABLE flight ALTER COLUMN departure_airport SET DATA TYPE VARCHAR(35);
ALTER TABLE flight ALTER COLUMN arrival_airport SET DATA TYPE VARCHAR(35);
