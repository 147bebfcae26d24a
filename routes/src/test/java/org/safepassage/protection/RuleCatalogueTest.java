package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCatalogueTest {

    private static String shipped() throws Exception {
        return Files.readString(RuleCatalogue.DEFAULT_LOCATION);
    }

    private static String resource(String name) throws Exception {
        try (var in = RuleCatalogueTest.class.getResourceAsStream("/protection/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The shipped catalogue with {@code from} replaced by {@code to} inside one indicator's entry. */
    private static String inEntry(String code, String from, String to) throws Exception {
        String text = shipped();
        int start = text.indexOf("  - code: " + code + "\n");
        int end = text.indexOf("\n  - code: ", start + 1);
        end = end < 0 ? text.length() : end;
        String entry = text.substring(start, end);
        assertThat(entry).contains(from);
        return text.substring(0, start) + entry.replace(from, to) + text.substring(end);
    }

    private static void rejected(String yaml, String... messageParts) {
        assertThatThrownBy(() -> RuleCatalogue.parse(yaml, "test.yml"))
                .isInstanceOf(InvalidRuleCatalogueException.class)
                .hasMessageStartingWith("test.yml: ")
                .hasMessageContainingAll(messageParts);
    }

    @Test
    void theShippedCatalogueLoadsWithEveryIndicator() throws Exception {
        RuleCatalogue c = RuleCatalogue.load(RuleCatalogue.DEFAULT_LOCATION);
        assertThat(c.version()).isNotBlank().doesNotContain("\n");
        assertThat(c.threshold()).isEqualTo(5);
        assertThat(c.rules()).extracting(RuleDefinition::code).containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7",
                "M8", "M9", "M10", "M11", "M12", "M13", "D1");
        assertThat(c.rules()).allSatisfy(r -> {
            assertThat(r.description()).isNotBlank();
            assertThat(r.source()).isNotBlank();
            assertThat(r.enabled()).isTrue();
        });
        assertThat(c.rule("M1").weight()).isEqualTo(1);
        assertThat(c.rule("M2").weight()).isEqualTo(3);
        assertThat(c.rule("M3").decisive()).isTrue();
        assertThat(c.rule("M8").decisive()).isTrue();
        assertThat(c.rule("D1").decisive()).isTrue();
        assertThat(c.rule("M13").weight()).isZero();
        assertThat(c.rule("M3").integer("unaccompaniedMinorAge")).isEqualTo(12);
        assertThat(c.rule("M9").countries("states")).contains("SYR", "AFG");
        assertThat(c.rule("M9").textMap("airports")).containsEntry("KBL", "AFG");
        assertThat(c.majorityAge("KOR")).isEqualTo(19);
        assertThat(c.majorityAge("KR")).isEqualTo(19);
        assertThat(c.majorityAge("FRA")).isEqualTo(18);
        assertThat(c.majorityAge(null)).isEqualTo(18);
        assertThat(c.digest()).hasSize(64);
        assertThat(c.origin()).endsWith("minor-protection.yml");
    }

    @Test
    void aMinimalCatalogueFillsInDefaults() throws Exception {
        RuleCatalogue c = RuleCatalogue.parse(resource("minimal.yml"), "minimal.yml");
        assertThat(c.version()).isEqualTo("minimal-1");
        assertThat(c.defaultMajorityAge()).isEqualTo(18);
        assertThat(c.rule("M7").integer("issuedWithinDays")).isEqualTo(30);
        assertThat(c.rule("M10").bool("cashCounts")).isTrue();
        assertThat(c.rule("M9").countries("states")).isEmpty();
        assertThat(c.rule("M4").enabled()).isFalse();
    }

    @Test
    void unknownCodesAreRejectedNamingTheEntry() throws Exception {
        rejected(shipped().replace("code: M11", "code: M14"), "indicators[11]", "unknown indicator code 'M14'",
                "known: M1, M2");
    }

    @Test
    void missingWeightsAreRejectedNamingTheEntry() throws Exception {
        rejected(inEntry("M10", "    weight: 1\n", ""), "indicators[10] (M10): weight is missing");
    }

    @Test
    void badParameterTypesAreRejectedNamingTheEntryAndParameter() throws Exception {
        rejected(shipped().replace("unaccompaniedMinorAge: 12", "unaccompaniedMinorAge: twelve"),
                "indicators[3] (M3): parameter unaccompaniedMinorAge must be an integer, got text 'twelve'");
        rejected(shipped().replace("cashCounts: true", "cashCounts: \"yes\""),
                "indicators[10] (M10): parameter cashCounts must be true or false");
        rejected(shipped().replace("ignoredDocumentTypes: [\"V\"]", "ignoredDocumentTypes: V"),
                "(M7): parameter ignoredDocumentTypes must be a list of texts");
        rejected(shipped().replace("KBL: AFG", "KBL: 7"), "(M9): parameter airports value of KBL must be a country code");
        rejected(shipped().replace("states: [AFG,", "states: [AFGHANISTAN,"), "(M9): parameter states",
                "'AFGHANISTAN' is not a country code");
        rejected(shipped().replace("issuedWithinDays: 30", "issuedWithinDays: -1"),
                "(M7): parameter issuedWithinDays must be at least 0");
        rejected(inEntry("M2", "weight: 3", "weight: 3.5"),
                "(M2): weight must be an integer, got 3.5");
    }

    @Test
    void unknownParametersAndKeysAreRejected() throws Exception {
        rejected(shipped().replace("bookedWithinHours: 72", "bookedWithinHour: 72"),
                "(M10): unknown parameter 'bookedWithinHour' (accepted: bookedWithinHours, cashCounts)");
        rejected(shipped().replace("threshold: 5", "threshold: 5\nthreshhold: 6"), "unknown key 'threshhold'");
        rejected(inEntry("M11", "    weight: 1\n", "    weight: 1\n    weigth: 2\n"),
                "(M11): unknown key 'weigth'");
    }

    @Test
    void missingAndDuplicateIndicatorsAreRejected() throws Exception {
        String text = shipped();
        String withoutD1 = text.substring(0, text.indexOf("  - code: D1"));
        rejected(withoutD1, "indicator D1 is missing", "enabled: false");
        rejected(text.replace("code: M12", "code: M11"), "indicators[12] (M11): indicator M11 is defined twice");
    }

    @Test
    void m13CanNeverCount() throws Exception {
        rejected(inEntry("M13", "    weight: 0\n", "    weight: 2\n"), "(M13): M13 never counts towards the score");
    }

    @Test
    void structuralErrorsAreRejectedWithAClearMessage() throws Exception {
        rejected("", "empty");
        rejected("just text", "the catalogue must be a map");
        rejected("version: [1\n", "not valid YAML");
        rejected("version: x\nversion: y\n", "not valid YAML");
        rejected(shipped().replace("threshold: 5", "threshold: \"5\""), "threshold must be an integer");
        rejected(shipped().replace("threshold: 5", "threshold: 0"), "threshold must be at least 1");
        rejected(shipped().replaceFirst("(?m)^version: .*$", "version: 2025-01-01"), "version must be given as a text");
        rejected(shipped().replace("default: 18", "default: 16"), "majorityAge.default must be at least 18");
        rejected(shipped().replace("KOR: 19", "KOREA: 19"), "majorityAge.byCountry: 'KOREA' is not a country code");
        rejected(shipped().replace("indicators:\n", "indicators: 3\nunused:\n"), "unknown key 'unused'");
    }

    @Test
    void unreadableFilesAreRejected(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> RuleCatalogue.load(dir.resolve("absent.yml")))
                .isInstanceOf(InvalidRuleCatalogueException.class).hasMessageContaining("cannot be read");
        Path latin1 = dir.resolve("latin1.yml");
        Files.write(latin1, new byte[] {'v', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> RuleCatalogue.load(latin1))
                .isInstanceOf(InvalidRuleCatalogueException.class).hasMessageContaining("not UTF-8");
    }
}
