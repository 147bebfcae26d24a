package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.protection.TestFlights.assess;
import static org.safepassage.protection.TestFlights.flight;
import static org.safepassage.protection.TestFlights.pax;

import org.junit.jupiter.api.Test;

class D1DocumentVerificationFailedTest {

    @Test
    void anInvalidVerdictIsDecisive() {
        TravellerAssessment t = assess(flight(pax("c").age(12).booking("B1").passport("P1", "FRA")
                .check("INVALID", "sod.signature"), pax("m").age(40).booking("B1"))).traveller("c");
        Indicator i = t.indicator("D1");
        assertThat(i.decisive()).isTrue();
        assertThat(i.explanation()).isEqualTo("the document read at the border did not pass verification (verdict INVALID;"
                + " failed checks: sod.signature)");
        assertThat(t.referralWarranted()).isTrue();
    }

    @Test
    void aChipMrzOrApiMismatchCountsWhateverTheVerdict() {
        assertThat(assess(flight(pax("c").age(12).check("INDETERMINATE", "dg1.mrz-match"))).traveller("c")
                .indicator("D1")).isNotNull();
        assertThat(assess(flight(pax("c").age(12).check("VALID", "api.date-of-birth"))).traveller("c")
                .indicator("D1")).isNotNull();
    }

    @Test
    void notForAValidOrIndeterminateReadWithoutMismatchNorForAdults() {
        assertThat(assess(flight(pax("c").age(12).check("VALID"))).traveller("c").indicator("D1")).isNull();
        assertThat(assess(flight(pax("c").age(12).check("INDETERMINATE", "dsc.chain"))).traveller("c")
                .indicator("D1")).isNull();
        assertThat(assess(flight(pax("a").age(40).check("INVALID", "sod.signature"))).traveller("a")
                .indicator("D1")).isNull();
    }

    @Test
    void patternsUseStarAsAWildcard() {
        assertThat(D1DocumentVerificationFailed.glob("mrz.*", "mrz.composite")).isTrue();
        assertThat(D1DocumentVerificationFailed.glob("*.api-match", "dg1.api-match")).isTrue();
        assertThat(D1DocumentVerificationFailed.glob("mrz.*", "dg1.mrz-match")).isFalse();
        assertThat(D1DocumentVerificationFailed.glob("dg1.mrz-match", "dg1.mrz-match")).isTrue();
    }
}
