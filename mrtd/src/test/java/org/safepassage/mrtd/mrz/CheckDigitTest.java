package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckDigitTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // ICAO Doc 9303 part 4 specimen fields
            "L898902C3, 6",
            "740812, 2",
            "120415, 9",
            "ZE184226B<<<<<, 1",
            "L898902C3674081221204159ZE184226B<<<<<1, 0",
            // part 11 D.2: the check digit is computed over the full 12-character number
            "D23145890734, 9",
            // BSI specimen
            "C11T002JM, 4",
            // Doc 9303 part 3 worked example: 520727 -> 3
            "520727, 3",
            "'', 0",
            "<<<<<<<<<, 0",
    })
    void computesTheIcao731CheckDigit(String data, int expected) {
        assertThat(CheckDigit.compute(data)).isEqualTo(expected);
        assertThat(CheckDigit.computeChar(data)).isEqualTo((char) ('0' + expected));
        assertThat(CheckDigit.isValid(data, (char) ('0' + expected))).isTrue();
        assertThat(CheckDigit.isValid(data + expected)).isTrue();
        assertThat(CheckDigit.isValid(data, (char) ('0' + (expected + 1) % 10))).isFalse();
    }

    @Test
    void lettersCountTenToThirtyFiveAndFillerZero() {
        assertThat(CheckDigit.valueOf('A')).isEqualTo(10);
        assertThat(CheckDigit.valueOf('Z')).isEqualTo(35);
        assertThat(CheckDigit.valueOf('<')).isZero();
        assertThat(CheckDigit.valueOf('7')).isEqualTo(7);
        assertThat(CheckDigit.valueOf('a')).isEqualTo(-1);
        // weights 7,3,1: "A" -> 70 % 10 = 0, "<A" -> 30 % 10 = 0, "<<A" -> 10 % 10 = 0, "B" -> 77 % 10 = 7
        assertThat(CheckDigit.compute("B")).isEqualTo(7);
        assertThat(CheckDigit.compute("<B")).isEqualTo(3);
        assertThat(CheckDigit.compute("<<B")).isEqualTo(1);
        assertThat(CheckDigit.compute("<<<B")).isEqualTo(7);
    }

    @Test
    void computeRejectsCharactersOutsideTheMrzSet() {
        assertThatThrownBy(() -> CheckDigit.compute("L8989o2C"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index 5");
    }

    @Test
    void isValidNeverThrowsAndRejectsFillerOrLetterAsCheckDigit() {
        assertThat(CheckDigit.isValid(null, '0')).isFalse();
        assertThat(CheckDigit.isValid(null)).isFalse();
        assertThat(CheckDigit.isValid("")).isFalse();
        assertThat(CheckDigit.isValid("<<<<<<<<<", '<')).isFalse();
        assertThat(CheckDigit.isValid("L898902C3", 'O')).isFalse();
        assertThat(CheckDigit.isValid("l898902c3", '6')).isFalse();
        assertThat(CheckDigit.isValid("L898902C3\u0000", '6')).isFalse();
    }
}
