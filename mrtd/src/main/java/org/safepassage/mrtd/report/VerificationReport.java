package org.safepassage.mrtd.report;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying one travel document: a verdict, every check with its stable id, and
 * extracted facts. {@link #toString()} carries no personal data.
 *
 * @param verdict      VALID, INVALID or INDETERMINATE (see {@link Verdicts})
 * @param checks       all checks, in a stable order
 * @param failedChecks ids of the FAIL checks (empty unless INVALID)
 * @param facts        what was learned about the document
 */
public record VerificationReport(Verdict verdict, List<Check> checks, List<String> failedChecks, DocumentFacts facts) {

    public VerificationReport {
        checks = List.copyOf(checks);
        failedChecks = List.copyOf(failedChecks);
    }

    public static VerificationReport of(List<Check> checks, DocumentFacts facts, boolean requireRevocation) {
        Verdict v = Verdicts.decide(checks, requireRevocation);
        List<String> failed = new java.util.ArrayList<>(2);
        for (Check c : checks) {
            if (c.failed()) {
                failed.add(c.id());
            }
        }
        return new VerificationReport(v, checks, failed, facts);
    }

    /**
     * This report with {@code changes} in place of the checks with the same ids (appended where absent) and the
     * verdict decided again (e.g. the airline-data checks once the traveller is known).
     */
    public VerificationReport withChecks(List<Check> changes, boolean requireRevocation) {
        List<Check> next = new java.util.ArrayList<>(checks);
        for (Check change : changes) {
            int at = -1;
            for (int i = 0; i < next.size(); i++) {
                if (next.get(i).id().equals(change.id())) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                next.set(at, change);
            } else {
                next.add(change);
            }
        }
        return of(next, facts, requireRevocation);
    }

    /** The check with this id, if present. */
    public Optional<Check> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The status of the check with this id, or null if absent. */
    public CheckStatus status(String id) {
        return check(id).map(Check::status).orElse(null);
    }

    @Override
    public String toString() {
        return "VerificationReport[verdict=" + verdict + ", failed=" + failedChecks + ", checks=" + checks.size() + "]";
    }
}
