package org.safepassage.mrtd.mrz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Jazzer fuzz test of {@link MrzReader}. In a normal {@code mvn test} it runs the seed corpus in
 * {@code src/test/resources/org/safepassage/mrtd/mrz/MrzReaderFuzzTestInputs/fuzzRead/}; to fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw -pl mrtd test -Dtest=MrzReaderFuzzTest}.
 */
class MrzReaderFuzzTest {

    private static final LocalDate REF = LocalDate.of(2026, 1, 15);

    @FuzzTest(maxDuration = "2m")
    void fuzzRead(byte[] input) {
        // the same bytes as Latin-1 (every byte a character, control characters included) and as UTF-8
        for (String text : new String[] {new String(input, StandardCharsets.ISO_8859_1),
                new String(input, StandardCharsets.UTF_8)}) {
            // unguarded entry points: any exception is a finding
            MrzReaderPropertyTest.assertWellFormed(MrzReader.readText(text, REF));
            MrzReaderPropertyTest.assertWellFormed(MrzReader.readLines(List.of(text.split("\n", -1)), REF));
        }
        // a reference date taken from the input too, within the range of real documents
        if (input.length >= 2) {
            LocalDate ref = LocalDate.of(1950 + Math.floorMod(input[0], 150), 1 + Math.floorMod(input[1], 12), 28);
            MrzReader.readText(new String(input, StandardCharsets.ISO_8859_1), ref);
        }
    }
}
