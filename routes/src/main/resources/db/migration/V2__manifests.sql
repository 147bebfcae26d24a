-- Flights, travellers and bookings as SafePassage knows them, merged from API (PAXLST) and PNR (PNRGOV) data.

-- One row per message (UNH..UNT) processed: the idempotency key. The same message delivered twice finds its
-- key here, in the same transaction as the data it wrote, and changes nothing.
CREATE TABLE processed_message (
    idempotency_key VARCHAR(300) PRIMARY KEY,   -- sender|interchange ref|message ref, or digest:<sha-256>
    message_id      VARCHAR(36)  NOT NULL,      -- the inbound message that carried it first
    processed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Warnings recorded on a message (wrong counts, unknown qualifiers, a malformed traveller group ...).
CREATE TABLE message_warning (
    message_id VARCHAR(36)   NOT NULL,
    position   INT           NOT NULL,
    warning    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (message_id, position)
);

CREATE TABLE flight (
    flight_id         VARCHAR(64)  PRIMARY KEY,   -- e.g. UA989-FRA-2017-01-27
    carrier           VARCHAR(8)   NOT NULL,
    number            VARCHAR(8)   NOT NULL,
    departure_airport VARCHAR(8)   NOT NULL,
    departure_date    DATE,
    departure_time    TIMESTAMP,                  -- scheduled, local time as sent by the carrier
    arrival_airport   VARCHAR(8),
    arrival_time      TIMESTAMP,
    first_received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per person per flight. API and PNR data for the same person are merged into one traveller.
CREATE TABLE traveller (
    traveller_id      VARCHAR(36)  PRIMARY KEY,
    flight_id         VARCHAR(64)  NOT NULL REFERENCES flight (flight_id),
    match_key         VARCHAR(400) NOT NULL,      -- normalised surname|given names (for matching API and PNR)
    role              VARCHAR(24)  NOT NULL,
    surname           VARCHAR(200),
    given_names       VARCHAR(200),
    date_of_birth     DATE,
    sex               VARCHAR(8),
    nationality       VARCHAR(8),
    booking_reference VARCHAR(64),
    list_type         VARCHAR(16),                -- PASSENGER, CREW, PNR ...
    in_api            BOOLEAN      NOT NULL,
    in_pnr            BOOLEAN      NOT NULL,
    removed           BOOLEAN      NOT NULL,      -- no longer on the flight's latest change list
    api_data          VARCHAR(1000000),                     -- the traveller as the API message gave it (JSON)
    pnr_data          VARCHAR(1000000),                     -- the traveller as the PNR gave it (JSON)
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX traveller_flight ON traveller (flight_id, match_key);

-- PNR bookings seen for a flight (facts for the rules: itinerary, booking date, payment, SSRs), as JSON.
CREATE TABLE booking (
    flight_id      VARCHAR(64) NOT NULL REFERENCES flight (flight_id),
    record_locator VARCHAR(64) NOT NULL,
    data           VARCHAR(1000000) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (flight_id, record_locator)
);

-- Parts of a list split over several messages (UNH sequence 01:C, 02:C, 03:F), kept until the list is complete.
CREATE TABLE list_part (
    group_key    VARCHAR(400) NOT NULL,
    part_number  INT          NOT NULL,
    final_part   BOOLEAN      NOT NULL,
    message_id   VARCHAR(36)  NOT NULL,
    traveller_ids VARCHAR(1000000) NOT NULL,          -- ids of the travellers this part carried, comma-separated
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_key, part_number)
);
