package org.safepassage.testing;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring context started by a test its own data directory (broker journal, database, logs) unless
 * the test names one, so cached contexts never share a broker journal lock and tests never touch ./data.
 */
public class TestDataDirectory implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"./data".equals(environment.getProperty("safepassage.data-dir"))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-data-directory",
                Map.of("safepassage.data-dir", newDirectory().toString())));
    }

    public static Path newDirectory() {
        String root = System.getProperty("safepassage.test.data-root", System.getProperty("java.io.tmpdir"));
        return Path.of(root, "ctx-" + UUID.randomUUID()).toAbsolutePath();
    }
}
