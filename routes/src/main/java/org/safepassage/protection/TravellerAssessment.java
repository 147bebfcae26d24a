package org.safepassage.protection;

import java.util.List;

/**
 * What the rules found for one traveller.
 *
 * @param travellerId        the traveller's id
 * @param age                age at the flight's departure date (known, unknown or data error)
 * @param indicators         indicators that fired, in catalogue order (M1, M2, ..., M13, D1)
 * @param score              sum of the weights of the indicators that count (M13 never counts)
 * @param referralWarranted  {@code true} when the traveller is or may be a minor and the score reaches the
 *                           catalogue threshold or a decisive indicator fired: a referral for an officer
 *                           to review, never a decision about the person
 * @param ruleSetVersion     the catalogue version used
 */
public record TravellerAssessment(
        String travellerId,
        Age age,
        List<Indicator> indicators,
        int score,
        boolean referralWarranted,
        String ruleSetVersion) {

    public TravellerAssessment {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    /** The codes of the indicators, in order. */
    public List<String> indicatorCodes() {
        return indicators.stream().map(Indicator::code).toList();
    }

    /** The indicator with that code, or {@code null}. */
    public Indicator indicator(String code) {
        for (Indicator i : indicators) {
            if (i.code().equals(code)) {
                return i;
            }
        }
        return null;
    }

    /** Ids, codes and score only. */
    @Override
    public String toString() {
        return "TravellerAssessment[" + travellerId + " " + age.status() + " " + indicatorCodes() + " score "
                + score + (referralWarranted ? " referral" : "") + " rules " + ruleSetVersion + "]";
    }
}
