package org.safepassage.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules are found from their classes alone, in catalogue order; what counts towards a score is the rule's own. */
class RulesTest {

    @Test
    void everyRuleClassOfThePackageIsFoundInCatalogueOrder() {
        assertThat(Rules.ALL.keySet()).containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10",
                "M11", "M12", "M13", "D1");
        Rules.ALL.forEach((code, rule) -> assertThat(rule.code()).isEqualTo(code));
    }

    @Test
    void onlyTheDataErrorIndicatorDoesNotCountTowardsTheScore() {
        assertThat(Rules.ALL.values()).filteredOn(r -> !r.countsTowardsScore()).extracting(Rule::code)
                .containsExactly("M13");
    }
}
