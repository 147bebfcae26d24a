package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * D1 (decisive): the (possible) minor's document read at the border did not pass verification: a verdict
 * on the catalogue's list (default INVALID: e.g. chip Passive Authentication failed), or a failed check
 * matching the catalogue's patterns (MRZ faults, chip/MRZ/API mismatches). Patterns are check ids with
 * {@code *} as a wildcard.
 */
final class D1DocumentVerificationFailed implements Rule {

    @Override
    public String code() {
        return "D1";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.texts("verdicts", List.of("INVALID")),
                ParameterSpec.texts("failedChecks", List.of("mrz.*", "dg1.mrz-match", "api.*",
                        "*.api-match", "ca.reader")));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        DocumentCheck c = t.documentCheck;
        if (c == null) {
            return null;
        }
        boolean verdict = false;
        if (c.verdict() != null) {
            for (String v : rule.texts("verdicts")) {
                if (v.equalsIgnoreCase(c.verdict().trim())) {
                    verdict = true;
                    break;
                }
            }
        }
        List<String> failed = new ArrayList<>();
        for (String id : c.failedChecks()) {
            if (id == null) {
                continue;
            }
            if (verdict) {
                failed.add(id);
                continue;
            }
            for (String pattern : rule.texts("failedChecks")) {
                if (glob(pattern.toLowerCase(Locale.ROOT), id.trim().toLowerCase(Locale.ROOT))) {
                    failed.add(id);
                    break;
                }
            }
        }
        if (!verdict && failed.isEmpty()) {
            return null;
        }
        String origin = c.detail() != null ? c.detail() : "document read";
        List<Evidence> evidence = new ArrayList<>(1 + failed.size());
        evidence.add(new Evidence("documentVerdict", c.verdict(), origin));
        for (String f : failed) {
            evidence.add(new Evidence("failedCheck", f, origin));
        }
        String text = "the document read at the border did not pass verification (verdict " + c.verdict()
                + (failed.isEmpty() ? "" : "; failed checks: " + String.join(", ", failed)) + ")";
        return Finding.of(text, evidence);
    }

    /** {@code true} when {@code text} matches {@code pattern}, where {@code *} stands for any characters. */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int s = 0;
        int star = -1;
        int mark = 0;
        while (s < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == text.charAt(s)) {
                p++;
                s++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                mark = s;
            } else if (star >= 0) {
                p = star + 1;
                s = ++mark;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }
}
