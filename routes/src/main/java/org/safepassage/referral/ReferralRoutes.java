package org.safepassage.referral;

import org.apache.camel.builder.RouteBuilder;

import org.springframework.stereotype.Component;

/**
 * Housekeeping flows of the referral feature: a sweep that assesses flights whose data is newer than their last
 * assessment and delivers any referral change still in the outbox, and a watch on the rule catalogue file.
 * (Fresh data is assessed at once by the ingest route; the sweep is the safety net.)
 */
@Component
public class ReferralRoutes extends RouteBuilder {

    private final FlightAssessmentService assessments;
    private final ReferralPublisher publisher;
    private final RuleCatalogueSource rules;

    public ReferralRoutes(FlightAssessmentService assessments, ReferralPublisher publisher, RuleCatalogueSource rules) {
        this.assessments = assessments;
        this.publisher = publisher;
        this.rules = rules;
    }

    @Override
    public void configure() {
        from("seda:assess").routeId("assess")
                .process(e -> assessments.assess(e.getMessage().getBody(java.util.List.class)));

        from("timer:referral-sweep?period={{safepassage.protection.sweep-period:5000}}&delay=5000").routeId("referral-sweep")
                .process(e -> assessments.assessStale())
                .process(e -> publisher.publishPending());

        from("timer:rule-catalogue-watch?period={{safepassage.protection.reload-check-period:5000}}").routeId("rule-catalogue-watch")
                .process(e -> rules.reloadIfChanged());
    }
}
