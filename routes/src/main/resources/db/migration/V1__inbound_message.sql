-- Every message SafePassage receives, whatever its fate: the message log that answers
-- "what happened to message X". No personal data: ids, references, digests and status only.
CREATE TABLE inbound_message (
    message_id      VARCHAR(36)  PRIMARY KEY,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    channel         VARCHAR(16)  NOT NULL,            -- HTTP, QUEUE, DIRECTORY
    source          VARCHAR(255) NOT NULL,            -- endpoint or account that delivered it
    content_digest  CHAR(64)     NOT NULL,            -- SHA-256 of the raw bytes, hex
    size_bytes      BIGINT       NOT NULL,
    kind            VARCHAR(16),                      -- PAXLST, PNRGOV, UNKNOWN
    sender          VARCHAR(64),
    interchange_ref VARCHAR(64),
    message_ref     VARCHAR(64),
    status          VARCHAR(32)  NOT NULL,            -- RECEIVED, ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED, DUPLICATE
    reason          VARCHAR(2000),
    processed_at    TIMESTAMP WITH TIME ZONE
);

CREATE INDEX inbound_message_received_at ON inbound_message (received_at);
CREATE INDEX inbound_message_digest ON inbound_message (content_digest);
