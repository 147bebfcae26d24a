package org.safepassage.protection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Every rule of the catalogue, by code, in catalogue order. */
final class Rules {

    static final Map<IndicatorCode, Rule> ALL;

    static {
        Map<IndicatorCode, Rule> m = new EnumMap<>(IndicatorCode.class);
        for (Rule r : new Rule[] {new M1Minor(), new M2NoAdultOnBooking(), new M3UnderUnaccompaniedMinorAge(),
                new M4DifferentSurnames(), new M5AdultWithSeveralMinors(), new M6OneWay(), new M7DocumentDates(),
                new M8InfantWithoutAdult(), new M9ConflictAffectedState(), new M10LastMinuteOrCash(),
                new M11NationalityDiffers(), new M12DataQuality(), new M13ImpossibleDateOfBirth(),
                new D1DocumentVerificationFailed()}) {
            m.put(r.code(), r);
        }
        if (m.size() != IndicatorCode.values().length) {
            throw new IllegalStateException("a rule is missing for some indicator code");
        }
        ALL = Collections.unmodifiableMap(m);
    }

    private Rules() {
    }

    static Rule of(IndicatorCode code) {
        return ALL.get(code);
    }
}
