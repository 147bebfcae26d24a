package org.safepassage.protection;

import java.util.Objects;
import org.safepassage.manifest.model.Traveller;

/**
 * One traveller of a flight as the service knows it.
 *
 * @param travellerId   the service's stable id of the traveller (used in evidence and related ids)
 * @param data          the traveller (API and PNR merged)
 * @param documentCheck verification of the traveller's document read at a booth or eGate, or
 *                      {@code null} when no document read exists yet
 */
public record TravellerInContext(String travellerId, Traveller data, DocumentCheck documentCheck) {

    public TravellerInContext {
        Objects.requireNonNull(travellerId, "travellerId");
        Objects.requireNonNull(data, "data");
    }

    /** Id only. */
    @Override
    public String toString() {
        return "TravellerInContext[" + travellerId + "]";
    }
}
