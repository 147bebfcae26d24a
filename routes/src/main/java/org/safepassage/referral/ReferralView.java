package org.safepassage.referral;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A referral as officers (API, topic) see it: which child, which flight, why (each indicator with its evidence
 * and its source), and where it stands.
 */
public record ReferralView(String referralId, String flightId, String travellerId, ReferralStatus status,
                           Priority priority, int score, Integer ageAtDeparture, String ageStatus,
                           String ruleSetVersion, int revision, List<IndicatorView> indicators,
                           List<IndicatorView> withdrawnIndicators, OffsetDateTime dataReceivedAt,
                           OffsetDateTime raisedAt, OffsetDateTime updatedAt, OffsetDateTime firstSeenAt,
                           OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime closedAt,
                           String closedBy, Outcome outcome, String note) {

    /** One indicator: what it is, why it fired (evidence), which other travellers it involves, and its source. */
    public record IndicatorView(String code, String description, int weight, boolean decisive, String explanation,
                                List<EvidenceView> evidence, List<String> relatedTravellerIds, String source,
                                OffsetDateTime raisedAt, OffsetDateTime withdrawnAt) {
    }

    public record EvidenceView(String field, String value, String origin) {
    }
}
