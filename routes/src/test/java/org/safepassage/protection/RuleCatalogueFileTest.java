package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCatalogueFileTest {

    @Test
    void aChangedFileIsReloadedAndABrokenOneKeepsThePreviousCatalogue(@TempDir Path dir) throws Exception {
        String text = Files.readString(RuleCatalogue.DEFAULT_LOCATION);
        Path file = dir.resolve("minor-protection.yml");
        Files.writeString(file, text);
        MinorProtectionAssessor assessor = new MinorProtectionAssessor(RuleCatalogue.load(file));
        RuleCatalogueFile watched = new RuleCatalogueFile(file, assessor);

        assertThat(watched.reloadIfChanged().status()).isEqualTo(RuleCatalogueFile.Status.UNCHANGED);

        Files.writeString(file, text.replace("version: \"2025.1\"", "version: \"2025.2\""));
        RuleCatalogueFile.Outcome reloaded = watched.reloadIfChanged();
        assertThat(reloaded.status()).isEqualTo(RuleCatalogueFile.Status.RELOADED);
        assertThat(reloaded.version()).isEqualTo("2025.2");
        assertThat(assessor.assess(TestFlights.flight(TestFlights.pax("c").age(5))).ruleSetVersion()).isEqualTo("2025.2");

        Files.writeString(file, text.replace("version: \"2025.1\"", "version: \"2025.3\"").replace("code: M12", "code: M99"));
        RuleCatalogueFile.Outcome rejected = watched.reloadIfChanged();
        assertThat(rejected.status()).isEqualTo(RuleCatalogueFile.Status.REJECTED);
        assertThat(rejected.version()).isEqualTo("2025.2");
        assertThat(rejected.message()).contains("unknown indicator code 'M99'");
        assertThat(assessor.catalogue().version()).isEqualTo("2025.2");
        // reported once, until the file changes again
        assertThat(watched.reloadIfChanged().status()).isEqualTo(RuleCatalogueFile.Status.UNCHANGED);

        Files.delete(file);
        assertThat(watched.reloadIfChanged().status()).isEqualTo(RuleCatalogueFile.Status.REJECTED);
        Files.writeString(file, text);
        assertThat(watched.reload().version()).isEqualTo("2025.1");
    }
}
