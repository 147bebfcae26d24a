package org.safepassage.referral;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How flights are assessed for minor protection.
 *
 * @param ruleCatalogue     the rule catalogue file an operator edits; while it does not exist, the catalogue built
 *                          into the service is used
 * @param reloadCheckPeriod how often the file is checked for changes
 * @param sweepPeriod       how often flights with data their last assessment did not see are assessed, and
 *                          referral changes still in the outbox delivered (the safety net behind the hand-over)
 */
@ConfigurationProperties("safepassage.protection")
@Validated
public record AssessmentProperties(@DefaultValue("./config/rules/minor-protection.yml") Path ruleCatalogue,
                                   @DefaultValue("5s") Duration reloadCheckPeriod,
                                   @DefaultValue("5s") Duration sweepPeriod) {

    public AssessmentProperties {
        if (reloadCheckPeriod.isNegative() || reloadCheckPeriod.isZero()) {
            throw new IllegalArgumentException("safepassage.protection.reload-check-period must be positive");
        }
        if (sweepPeriod.isNegative() || sweepPeriod.isZero()) {
            throw new IllegalArgumentException("safepassage.protection.sweep-period must be positive");
        }
    }
}
