package org.safepassage.documents;

import java.util.ArrayList;
import java.util.List;

import org.safepassage.mrtd.cli.ReportJson;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.CheckStatus;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.report.Verdicts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A verification report as stored and answered: the JSON the {@code mrtd} command line prints ({@code verdict},
 * {@code checks} with their ids, {@code failedChecks}, {@code facts}). Checks can be replaced in it later (the
 * airline-data checks, once the read is joined to its traveller), with the verdict decided again by the
 * {@code mrtd} rules.
 */
final class ReportJsonChecks {

    private ReportJsonChecks() {
    }

    static ObjectNode of(VerificationReport report) {
        return ReportJson.of(report, null);
    }

    /** {@code report} with {@code changes} in place of the checks with their ids, and verdict and failures redone. */
    static ObjectNode withChecks(ObjectNode report, List<Check> changes, boolean requireRevocation) {
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : report.get("checks")) {
            checks.add(new Check(c.get("id").stringValue(), CheckStatus.valueOf(c.get("status").stringValue()),
                    c.get("detail") == null || c.get("detail").isNull() ? null : c.get("detail").stringValue()));
        }
        for (Check change : changes) {
            boolean replaced = false;
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).id().equals(change.id())) {
                    checks.set(i, change);
                    replaced = true;
                    break;
                }
            }
            if (!replaced) {
                checks.add(change);
            }
        }
        ObjectNode out = report.deepCopy();
        out.put("verdict", Verdicts.decide(checks, requireRevocation).name());
        out.set("checks", ReportJson.checks(checks));
        ArrayNode failed = out.putArray("failedChecks");
        checks.stream().filter(Check::failed).forEach(c -> failed.add(c.id()));
        return out;
    }

    static String verdict(JsonNode report) {
        return report.get("verdict").stringValue();
    }

    static List<String> failedChecks(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("failedChecks").forEach(n -> out.add(n.stringValue()));
        return out;
    }
}
