package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safepassage.SafePassageApplication;
import org.safepassage.testing.TestDataDirectory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A setting out of range stops the start with the key, the value and what it must be. */
@ExtendWith(OutputCaptureExtension.class)
class ConfigurationValidationTest {

    private static void start(String... settings) {
        String[] args = new String[settings.length + 2];
        args[0] = "--safepassage.data-dir=" + TestDataDirectory.newDirectory();
        args[1] = "--server.port=0";
        System.arraycopy(settings, 0, args, 2, settings.length);
        new SpringApplicationBuilder(SafePassageApplication.class).run(args).close();
    }

    @Test
    void aLimitBelowOneIsRefusedWithTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--safepassage.ingest.max-travellers-per-message=0"));
        assertThat(output.getAll()).contains("APPLICATION FAILED TO START")
                .contains("safepassage.ingest.max-travellers-per-message").contains("must be greater than or equal to 1");
    }

    @Test
    void anEmptyEndpointIsRefusedWithTheKey(CapturedOutput output) {
        assertThatThrownBy(() -> start("--safepassage.endpoints.dead-letter="));
        assertThat(output.getAll()).contains("safepassage.endpoints.dead-letter").contains("must not be blank");
    }
}
