package org.safepassage.mrtd.mrz;

import java.util.List;
import java.util.Optional;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckIds;

/**
 * The result of reading an MRZ: the recognised layout, the parsed fields and one check per verified aspect
 * (ids in {@link CheckIds}).
 *
 * @param format the layout, null if the text was not recognised as an MRZ
 * @param data   the fields, null if the text could not be parsed
 * @param checks the checks in report order; never null, always contains {@code mrz.format}
 */
public record MrzReading(MrzFormat format, MrzData data, List<Check> checks) {

    public MrzReading {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** True when no check FAILed (WARN and SKIPPED do not count as failures). */
    public boolean allPassed() {
        return checks.stream().noneMatch(Check::failed);
    }

    /** The check with the given id, if reported. */
    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The checks that FAILed. */
    public List<Check> failures() {
        return checks.stream().filter(Check::failed).toList();
    }
}
