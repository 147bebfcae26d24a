package org.safepassage.system;

import org.safepassage.protection.MinorProtectionAssessor;
import org.safepassage.referral.RuleCatalogueSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The minor-protection assessor, fed by the rule catalogue file. */
@Configuration
public class ProtectionConfig {

    @Bean
    MinorProtectionAssessor minorProtectionAssessor(RuleCatalogueSource source) {
        return source.assessor();
    }
}
