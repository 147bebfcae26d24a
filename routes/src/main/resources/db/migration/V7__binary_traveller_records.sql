-- Traveller records as Smile, the binary form of the same JSON documents (README, Where data lives). Migration 7.1
-- (BinaryTravellerRecordsMigration, Java) converts the records stored as JSON text, 7.2 drops the text columns.
-- Each step can run again after an interruption (H2 commits every DDL statement on its own).
ALTER TABLE traveller ADD COLUMN IF NOT EXISTS api_record BYTEA;
ALTER TABLE traveller ADD COLUMN IF NOT EXISTS pnr_record BYTEA;
