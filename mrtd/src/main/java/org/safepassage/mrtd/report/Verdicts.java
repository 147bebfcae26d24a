package org.safepassage.mrtd.report;

import java.util.List;
import java.util.Set;

/**
 * The verdict rules.
 * <ol>
 * <li>{@code INVALID} if any check is {@code FAIL}.</li>
 * <li>Otherwise {@code VALID} only if trust was established: {@code sod.parse}, {@code sod.profile},
 *     {@code sod.signature}, {@code dsc.chain} and {@code dsc.validity} are {@code PASS} or {@code WARN};
 *     {@code dg1.hash} is {@code PASS} or {@code WARN} (the identity was read and is covered); every
 *     other {@code dg<N>.hash} is {@code PASS}, {@code WARN} or {@code SKIPPED} (listed in the SOD but
 *     not read); {@code dsc.revocation} is {@code PASS}/{@code WARN}, or {@code UNKNOWN} (no CRL) unless
 *     revocation information is required.</li>
 * <li>Otherwise {@code INDETERMINATE} (e.g. no CSCA for the issuer, no SOD, no DG1).</li>
 * </ol>
 * Checks outside Passive Authentication ({@code mrz.*}, {@code dg1.mrz-match},
 * {@code dg1.api-match}, {@code mrz.api-match}, {@code aa.signature}, {@code ca.reader}) count only when they fail.
 */
public final class Verdicts {

    private static final Set<String> TRUST = Set.of(CheckIds.SOD_PARSE, CheckIds.SOD_PROFILE, CheckIds.SOD_SIGNATURE,
            CheckIds.DSC_CHAIN, CheckIds.DSC_VALIDITY, CheckIds.dgHash(1));

    private Verdicts() {
    }

    public static Verdict decide(List<Check> checks, boolean requireRevocation) {
        if (checks.stream().anyMatch(Check::failed)) {
            return Verdict.INVALID;
        }
        int trustSeen = 0;
        for (Check c : checks) {
            String id = c.id();
            boolean ok = c.status() == CheckStatus.PASS || c.status() == CheckStatus.WARN;
            if (TRUST.contains(id)) {
                trustSeen++;
                if (!ok) {
                    return Verdict.INDETERMINATE;
                }
            } else if (id.startsWith("dg") && id.endsWith(".hash")) {
                if (!ok && c.status() != CheckStatus.SKIPPED) {
                    return Verdict.INDETERMINATE;
                }
            } else if (id.equals(CheckIds.DSC_REVOCATION)) {
                if (!ok && (requireRevocation || c.status() != CheckStatus.UNKNOWN)) {
                    return Verdict.INDETERMINATE;
                }
            }
        }
        return trustSeen == TRUST.size() ? Verdict.VALID : Verdict.INDETERMINATE;
    }
}
