package org.safepassage.protection;

import java.util.List;
import org.safepassage.manifest.model.Traveller;

/**
 * Cross-flight look-ups, answered by the service from its store of flights (for M5: an adult who
 * escorts different minors on different flights).
 */
@FunctionalInterface
public interface OtherFlights {

    /**
     * Minors the same adult (matched by the service, e.g. on document number and date of birth)
     * travels with on other flights in the look-back window the service chooses. Must not include the
     * flight being assessed; entries of the flight being assessed are ignored anyway.
     */
    List<EscortedMinor> minorsEscortedElsewhere(Traveller adult);

    /** No cross-flight knowledge. */
    OtherFlights NONE = a -> List.of();
}
