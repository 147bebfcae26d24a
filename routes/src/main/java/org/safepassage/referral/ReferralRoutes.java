package org.safepassage.referral;

import org.apache.camel.builder.RouteBuilder;
import org.safepassage.system.Endpoints;

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

    private final AssessmentProperties properties;

    public ReferralRoutes(FlightAssessmentService assessments, ReferralPublisher publisher, RuleCatalogueSource rules,
                          AssessmentProperties properties) {
        this.assessments = assessments;
        this.publisher = publisher;
        this.rules = rules;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(Endpoints.ASSESS_FLIGHTS).routeId("assess")
                .process(e -> assessments.assessChanged(e.getMessage().getBody(java.util.List.class)));

        from("timer:referral-sweep?delay=5000&period=" + properties.sweepPeriod().toMillis()).routeId("referral-sweep")
                .process(e -> assessments.assessStale())
                .process(e -> publisher.publishPending());

        from("timer:rule-catalogue-watch?period=" + properties.reloadCheckPeriod().toMillis()).routeId("rule-catalogue-watch")
                .process(e -> rules.reloadIfChanged());
    }
}
