package org.safepassage.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedDatabaseTuningTest {

    private String before;

    @BeforeEach
    void clear() {
        before = System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE);
        System.clearProperty(EmbeddedDatabaseTuning.OBJECT_CACHE);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(EmbeddedDatabaseTuning.OBJECT_CACHE);
        } else {
            System.setProperty(EmbeddedDatabaseTuning.OBJECT_CACHE, before);
        }
    }

    @Test
    void embeddedDatabaseRunsWithoutTheSharedValueCache() {
        tune("jdbc:h2:file:./data/db/safepassage;MODE=PostgreSQL");

        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isEqualTo("false");
    }

    @Test
    void anOperatorsOwnSettingWins() {
        System.setProperty(EmbeddedDatabaseTuning.OBJECT_CACHE, "true");

        tune("jdbc:h2:file:./data/db/safepassage");

        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isEqualTo("true");
    }

    @Test
    void postgresqlLeavesTheJvmAlone() {
        tune("jdbc:postgresql://127.0.0.1:5432/safepassage");

        assertThat(System.getProperty(EmbeddedDatabaseTuning.OBJECT_CACHE)).isNull();
    }

    private static void tune(String url) {
        new EmbeddedDatabaseTuning().postProcessEnvironment(
                new MockEnvironment().withProperty("spring.datasource.url", url), null);
    }
}
