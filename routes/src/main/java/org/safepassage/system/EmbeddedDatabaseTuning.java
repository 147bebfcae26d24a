package org.safepassage.system;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns off H2's shared value cache ({@code h2.objectCache}) when the service runs on the embedded H2 database,
 * before any database class is loaded. That cache hashes and compares every string bound to a statement to share
 * equal values between sessions; ingest binds thousands of distinct ones per message, so it only costs time
 * (measured on the ingest load harness: 25,600 travellers/s median with it, 27,800 without; README, Benchmarks).
 * It saves memory only for repeated values and has no effect on results. An explicit
 * {@code -Dh2.objectCache=...} wins; with PostgreSQL this does nothing.
 */
public class EmbeddedDatabaseTuning implements EnvironmentPostProcessor {

    static final String OBJECT_CACHE = "h2.objectCache";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:") && System.getProperty(OBJECT_CACHE) == null) {
            System.setProperty(OBJECT_CACHE, "false");
        }
    }
}
