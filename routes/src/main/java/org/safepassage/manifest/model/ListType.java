package org.safepassage.manifest.model;

/**
 * What kind of list a message is, from the BGM document name code (PAXLST). The raw code is kept
 * on {@link PassengerMessage#documentNameCode()}.
 */
public enum ListType {
    /** BGM+745. */
    PASSENGER,
    /** BGM+250. */
    CREW,
    /** BGM+336: master crew list (crew registered with the authority, not a flight's crew). */
    MASTER_CREW,
    /** BGM+266, e.g. {@code 266+CLOB} flight closed with passengers on board. */
    FLIGHT_STATUS,
    /** PNRGOV: bookings rather than a checked list. */
    PNR,
    /** Any other code (e.g. a land-border eManifest): kept in the raw code, mapped as best we can. */
    OTHER;

    /** Maps a PAXLST BGM document name code; {@code null} or unknown codes give {@link #OTHER}. */
    public static ListType fromBgmCode(String code) {
        if (code == null) {
            return OTHER;
        }
        return switch (code.trim()) {
            case "745" -> PASSENGER;
            case "250" -> CREW;
            case "336" -> MASTER_CREW;
            case "266" -> FLIGHT_STATUS;
            default -> OTHER;
        };
    }
}
