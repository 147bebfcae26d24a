package org.safepassage.manifest.model;

/** The wire format a {@link PassengerMessage} arrived in. */
public enum SourceKind {
    /** UN/EDIFACT PAXLST: Advance Passenger Information (API), passenger or crew list. */
    PAXLST,
    /** IATA PNRGOV: Passenger Name Record data (bookings). */
    PNRGOV
}
