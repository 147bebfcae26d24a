-- Which copies of a message have been applied (replaces processed_message). A message is known by who submitted
-- it (the HTTP account, or the endpoint it came from), the sender's references (UNB sender, interchange control
-- reference, UNH message reference; or the message's digest when those are missing) and the digest of its content
-- (UNH..UNT). The same copy delivered again changes nothing. A copy with the same references and other content (the
-- complete resend of a list that arrived cut short, a correction) is new data and is applied; both digests are
-- kept. Keying on the submitter too means one account cannot use up another sender's references.
CREATE TABLE applied_message (
    submitter      VARCHAR(255) NOT NULL,
    reference_key  VARCHAR(300) NOT NULL,   -- ref:sender|interchange ref|message ref, or digest:<sha-256>
    content_digest VARCHAR(64)  NOT NULL,   -- SHA-256 of UNH..UNT, hex; '*' for copies applied before migration 10
    message_id     VARCHAR(36)  NOT NULL,   -- the inbound message that carried this copy
    complete       BOOLEAN      NOT NULL,   -- the copy had its UNT (was not cut short)
    travellers     INT          NOT NULL,
    applied_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- looked up by references first: one index serves the look-up and the uniqueness of a copy
    PRIMARY KEY (reference_key, submitter, content_digest)
);

-- Copies applied before this migration: their content digest and submitter were not recorded. '*' matches any,
-- so that a redelivery of one of them still changes nothing, as it did before.
INSERT INTO applied_message (submitter, reference_key, content_digest, message_id, complete, travellers, applied_at)
SELECT '*', idempotency_key, '*', message_id, TRUE, 0, processed_at FROM processed_message;

DROP TABLE processed_message;
