package org.safepassage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * SafePassage: ingests passenger data (PAXLST, PNRGOV) and document reads from the border systems' queues,
 * verifies travel documents, and raises referrals to border officers when a child may be at risk.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SafePassageApplication {

    public static void main(String[] args) {
        SpringApplication.run(SafePassageApplication.class, args);
    }
}
