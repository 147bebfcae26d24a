package org.safepassage.protection;

import java.util.List;

/**
 * The assessment of every traveller of a flight, with one catalogue version.
 *
 * @param flightId       the flight's id
 * @param ruleSetVersion the catalogue version used for every traveller
 * @param travellers     one assessment per traveller, in the flight's order
 */
public record FlightAssessment(String flightId, String ruleSetVersion, List<TravellerAssessment> travellers) {

    public FlightAssessment {
        travellers = travellers == null ? List.of() : List.copyOf(travellers);
    }

    /** The travellers for whom a referral is warranted, in the flight's order. */
    public List<TravellerAssessment> referrals() {
        return travellers.stream().filter(TravellerAssessment::referralWarranted).toList();
    }

    /** The assessment of that traveller, or {@code null}. */
    public TravellerAssessment traveller(String travellerId) {
        for (TravellerAssessment t : travellers) {
            if (t.travellerId().equals(travellerId)) {
                return t;
            }
        }
        return null;
    }
}
