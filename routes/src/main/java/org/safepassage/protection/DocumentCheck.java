package org.safepassage.protection;

import java.util.List;

/**
 * The outcome of verifying a traveller's document read (MRZ, chip Passive/Active Authentication,
 * comparison of chip, MRZ and API data).
 *
 * @param verdict      {@code VALID}, {@code INVALID} or {@code INDETERMINATE}
 * @param failedChecks ids of the checks that failed, e.g. {@code sod.signature}, {@code mrz.composite},
 *                     {@code dg1.mrz-match}
 * @param detail       which read it was (read id, reader, time; no personal data), used as the evidence's origin, or
 *                     {@code null}
 */
public record DocumentCheck(String verdict, List<String> failedChecks, String detail) {

    public DocumentCheck {
        failedChecks = failedChecks == null ? List.of() : List.copyOf(failedChecks);
    }
}
