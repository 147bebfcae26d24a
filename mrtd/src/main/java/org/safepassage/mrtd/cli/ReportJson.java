package org.safepassage.mrtd.cli;

import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.safepassage.mrtd.report.ChipProtocols;
import org.safepassage.mrtd.report.Check;
import org.safepassage.mrtd.report.DocumentFacts;
import org.safepassage.mrtd.report.VerificationReport;
import org.safepassage.mrtd.trust.TrustStore;

/** The JSON the command line prints: {@code {"verdict", "checks": [{"id", "status", "detail"}], ...}}. */
public final class ReportJson {

    private static final ObjectMapper MAPPER = tools.jackson.databind.json.JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReportJson() {
    }

    public static ObjectNode of(VerificationReport report, TrustStore store) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("verdict", report.verdict().name());
        root.set("checks", checks(report.checks()));
        ArrayNode failed = root.putArray("failedChecks");
        report.failedChecks().forEach(failed::add);
        root.set("facts", facts(report.facts()));
        if (store != null) {
            ObjectNode t = root.putObject("trustStore");
            t.put("cscas", store.cscas().size());
            t.put("dscs", store.dscCount());
            t.put("crls", store.crlCount());
            ArrayNode p = t.putArray("problems");
            store.problems().forEach(p::add);
        }
        return root;
    }

    public static ArrayNode checks(List<Check> checks) {
        ArrayNode arr = MAPPER.createArrayNode();
        for (Check c : checks) {
            ObjectNode o = arr.addObject();
            o.put("id", c.id());
            o.put("status", c.status().name());
            o.put("detail", c.detail());
        }
        return arr;
    }

    private static ObjectNode facts(DocumentFacts f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("issuingState", f.issuingState());
        o.put("documentCode", f.documentCode());
        o.put("documentNumber", f.documentNumber());
        o.put("ldsVersion", f.ldsVersion());
        o.put("hashAlgorithm", f.hashAlgorithm());
        o.put("signatureAlgorithm", f.signatureAlgorithm());
        o.put("dscSubject", f.dscSubject());
        o.put("cscaSubject", f.cscaSubject());
        ArrayNode inSod = o.putArray("dataGroupsInSod");
        f.dataGroupsInSod().forEach(inSod::add);
        ArrayNode read = o.putArray("dataGroupsRead");
        f.dataGroupsRead().forEach(read::add);
        ChipProtocols p = f.chipProtocols();
        if (p != null) {
            ObjectNode po = o.putObject("chipProtocols");
            po.put("chipAuthentication", p.chipAuthentication());
            po.put("pace", p.pace());
            po.put("terminalAuthentication", p.terminalAuthentication());
            po.put("activeAuthenticationInfo", p.activeAuthenticationInfo());
            ArrayNode oids = po.putArray("protocolOids");
            p.protocolOids().forEach(oids::add);
        }
        o.put("activeAuthenticationSupported", f.activeAuthenticationSupported());
        o.put("verifiedAt", f.verifiedAt() == null ? null : f.verifiedAt().toString());
        return o;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }
}
