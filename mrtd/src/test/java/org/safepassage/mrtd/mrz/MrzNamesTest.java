package org.safepassage.mrtd.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.CheckIds;

/** Primary and secondary identifiers, including names the issuer had to truncate. */
class MrzNamesTest {

    static final LocalDate REF = LocalDate.of(2026, 1, 15);

    /** A TD1 (name on line 3, 30 characters) with the given name field; everything else correct. */
    static MrzReading td1WithNameField(String field) {
        List<String> lines = MrzBuilder.of(MrzFormat.TD1).lines();
        return MrzReader.read(List.of(lines.get(0), lines.get(1), field), REF);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ERIKSSON<<ANNA<MARIA<<<<<<<<<<|ERIKSSON|ANNA MARIA",
            "DE<BRUIJN<<WILLEKE<LISELOTTE<<|DE BRUIJN|WILLEKE LISELOTTE",
            "ERIKSSON<<<<<<<<<<<<<<<<<<<<<<|ERIKSSON|''",
            "NGUYEN<VAN<<AN<<<<<<<<<<<<<<<<|NGUYEN VAN|AN",
            // truncated by the issuer: the name field is full, the last given name is cut
            "HENNINGSBERG<<CHRISTOPHER<ALEX|HENNINGSBERG|CHRISTOPHER ALEX",
            // truncated to initials (Doc 9303 part 3 allows this)
            "HENNINGSBERGSCHMIDT<<C<A<B<D<E|HENNINGSBERGSCHMIDT|C A B D E",
            // primary identifier alone fills the field
            "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD|ABCDEFGHIJKLMNOPQRSTUVWXYZABCD|''",
    })
    void namesSplitAtTheDoubleFillerWithSingleFillersAsSpaces(String field, String surname, String given) {
        MrzReading r = td1WithNameField(field);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().surname()).isEqualTo(surname);
        assertThat(r.data().givenNames()).isEqualTo(given);
    }

    @Test
    void fullNameFieldIsFlaggedAsPossiblyTruncated() {
        MrzReading full = td1WithNameField("HENNINGSBERG<<CHRISTOPHER<ALEX");
        assertThat(full.check(CheckIds.MRZ_FORMAT).orElseThrow().status()).isEqualTo(CheckStatus.PASS);
        assertThat(full.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("may be truncated");

        MrzReading notFull = td1WithNameField("ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertThat(notFull.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).doesNotContain("truncated");
    }

    @Test
    void longTd3NameIsCutAtThirtyNineCharacters() {
        MrzReading r = MrzReader.read(MrzBuilder.td3()
                .name("TRUNCATIONSPECIMENWITHAVERYLONGNAME", "JOHANNA MARIA").text(), REF);

        assertThat(r.allPassed()).isTrue();
        assertThat(r.data().surname()).isEqualTo("TRUNCATIONSPECIMENWITHAVERYLONGNAME");
        assertThat(r.data().givenNames()).isEqualTo("JO");
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("may be truncated");
    }

    @Test
    void missingPrimaryIdentifierIsAWarning() {
        MrzReading r = td1WithNameField("<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<");

        assertThat(r.data().surname()).isEmpty();
        assertThat(r.data().givenNames()).isEqualTo("ANNA");
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().status()).isEqualTo(CheckStatus.WARN);
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("primary identifier");
    }

    @Test
    void emptyNameFieldFails() {
        MrzReading r = td1WithNameField("<".repeat(30));

        assertThat(r.failures()).extracting(c -> c.id()).containsExactly(CheckIds.MRZ_FORMAT);
        assertThat(r.check(CheckIds.MRZ_FORMAT).orElseThrow().detail()).contains("name field is empty");
    }
}
