package org.safepassage.protection;

import java.util.List;

/**
 * An indicator that fired for a traveller, with what it rests on.
 *
 * @param code               {@code M1} ... {@code M13}, {@code D1}
 * @param description        the catalogue's description of the indicator, for an officer
 * @param weight             the catalogue weight (what it adds to the score; {@code 0} for M13, which never counts)
 * @param decisive           {@code true} when this indicator alone warrants a referral for a (possible) minor
 * @param source             the catalogue's source for the rule (convention, guideline, handbook)
 * @param explanation        one neutral sentence for an officer, e.g. "7 years old; booking 89TVRV has no other
 *                           traveller on this flight; no unaccompanied-minor service request (SSR UMNR)"
 * @param evidence           the fields and values used, with their origin
 * @param relatedTravellerIds other travellers involved (by id), sorted
 */
public record Indicator(
        String code,
        String description,
        int weight,
        boolean decisive,
        String source,
        String explanation,
        List<Evidence> evidence,
        List<String> relatedTravellerIds) {

    public Indicator {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        relatedTravellerIds = relatedTravellerIds == null ? List.of() : List.copyOf(relatedTravellerIds);
    }

    /** Code and related ids only: the explanation and evidence carry personal data. */
    @Override
    public String toString() {
        return "Indicator[" + code + " weight " + weight + (decisive ? " decisive" : "") + ", related "
                + relatedTravellerIds + "]";
    }
}
