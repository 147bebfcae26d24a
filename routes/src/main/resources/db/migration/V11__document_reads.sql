-- Documents read at a booth or eGate (owned by the documents package): the verification report, how the read was
-- joined to a traveller on a passenger list (or why not), DG1 and the printed MRZ (to join the read and compare it
-- with the airline's data when the list arrives later), and the face image from DG2. The chip's other files are not
-- kept: the report says what they proved, and the referral carries check ids and the verdict only.
CREATE TABLE document_read (
    read_id          VARCHAR(32)  PRIMARY KEY,       -- from the digest of the event: the same read delivered twice is one
    content_digest   VARCHAR(64)  NOT NULL UNIQUE,   -- SHA-256 of the event as received, hex
    reader_id        VARCHAR(64)  NOT NULL,
    read_at          TIMESTAMP WITH TIME ZONE NOT NULL,   -- the verification instant
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitter        VARCHAR(255) NOT NULL,          -- the HTTP account, or the endpoint the event came from
    hint_carrier     VARCHAR(8),
    hint_number      VARCHAR(8),
    hint_date        DATE,
    -- what the read is joined by (from DG1, else the printed MRZ): kept while it waits for its passenger list
    document_number  VARCHAR(64),
    issuing_state    VARCHAR(8),
    date_of_birth    DATE,
    match_status     VARCHAR(16)  NOT NULL,          -- MATCHED, UNMATCHED, AMBIGUOUS
    match            VARCHAR(4000) NOT NULL,         -- JSON: how it was joined, or why not, and any candidates' ids
    traveller_id     VARCHAR(36)  REFERENCES traveller (traveller_id),
    flight_id        VARCHAR(64)  REFERENCES flight (flight_id),
    matched_at       TIMESTAMP WITH TIME ZONE,
    verdict          VARCHAR(16)  NOT NULL,          -- VALID, INVALID, INDETERMINATE
    failed_checks    VARCHAR(1000) NOT NULL,         -- comma-separated check ids
    report           VARCHAR(1000000) NOT NULL,      -- the verification report (JSON, as the mrtd command line prints it)
    dg1              BYTEA,                          -- DG1 as read from the chip
    printed_mrz      VARCHAR(200),                   -- the printed MRZ as the reader's OCR read it
    face_image_type  VARCHAR(32),                    -- image/jpeg or image/jp2, when DG2 held a face image
    face_image       BYTEA,                          -- as stored in DG2
    photo_jpeg       BYTEA                           -- the face image as JPEG, made on first request when DG2 held JPEG 2000
);
CREATE INDEX document_read_traveller ON document_read (traveller_id, read_at);
CREATE INDEX document_read_flight ON document_read (flight_id);
-- reads waiting for their passenger list are looked up by date of birth when a list arrives
CREATE INDEX document_read_waiting ON document_read (match_status, date_of_birth);
CREATE INDEX document_read_time ON document_read (read_at);

-- A read is joined to a traveller by document number, issuing state and date of birth, among the flights around the
-- read: the travellers with the read's date of birth are found by this index (the person index leads with the name).
CREATE INDEX traveller_birth ON traveller (date_of_birth, flight_id);
