package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any text given to the catalogue parser is either a catalogue or an {@link InvalidRuleCatalogueException}:
 * never another exception. The fuzz test runs as a regression test in a normal build; {@code JAZZER_FUZZ=1}
 * fuzzes. The mutation test edits the shipped catalogue at random.
 */
class RuleCatalogueFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyTextIsACatalogueOrARejection(String yaml) {
        parseOrReject(yaml);
    }

    @Test
    void randomEditsOfTheShippedCatalogueAreAcceptedOrRejectedCleanly() throws Exception {
        String shipped = Files.readString(RuleCatalogue.DEFAULT_LOCATION);
        String[] tokens = {"", " ", "\n", ":", "-", "[", "]", "{", "}", "\"", "'", "&a", "*a", "!!binary", "~", "true",
                "-1", "99999999999", "0", "M14", "code: M1", "weight:", "\t", "#", "%YAML 1.1\n---\n", "---\n"};
        Random random = new Random(42);
        int accepted = 0;
        for (int i = 0; i < 400; i++) {
            StringBuilder b = new StringBuilder(shipped);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(b.length());
                int len = Math.min(b.length() - at, random.nextInt(12));
                b.replace(at, at + len, tokens[random.nextInt(tokens.length)]);
            }
            if (parseOrReject(b.toString())) {
                accepted++;
            }
        }
        assertThat(accepted).isGreaterThan(0);
    }

    private static boolean parseOrReject(String yaml) {
        try {
            RuleCatalogue c = RuleCatalogue.parse(yaml, "fuzz");
            assertThat(c.rules()).hasSize(Rules.ALL.size());
            return true;
        } catch (InvalidRuleCatalogueException expected) {
            assertThat(expected.getMessage()).startsWith("fuzz: ");
            return false;
        }
    }
}
