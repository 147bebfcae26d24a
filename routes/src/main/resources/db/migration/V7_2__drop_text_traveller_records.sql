-- The JSON text records, converted by migration 7.1.
ALTER TABLE traveller DROP COLUMN IF EXISTS api_data;
ALTER TABLE traveller DROP COLUMN IF EXISTS pnr_data;
