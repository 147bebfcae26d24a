package org.safepassage.referral;

import java.io.IOException;
import java.util.Map;

import org.safepassage.audit.AccessLog;
import org.safepassage.protection.InvalidRuleCatalogueException;
import org.safepassage.protection.RuleCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rule catalogue in force, and a reload after the file was edited (also picked up by itself within seconds). */
@RestController
@RequestMapping("/api/v1/rules")
class RulesController {

    private final RuleCatalogueSource rules;
    private final AccessLog accessLog;

    public RulesController(RuleCatalogueSource rules, AccessLog accessLog) {
        this.rules = rules;
        this.accessLog = accessLog;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR', 'AUDITOR')")
    public Map<String, Object> current() {
        RuleCatalogue catalogue = rules.assessor().catalogue();
        return Map.of("version", catalogue.version(), "file", rules.file().toString());
    }

    @PostMapping("/reload")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ResponseEntity<Object> reload(Authentication who) {
        String previous = rules.assessor().catalogue().version();
        try {
            RuleCatalogue catalogue = rules.reload();
            accessLog.record(who.getName(), "RELOAD_RULES", "rule-catalogue", previous + " -> " + catalogue.version());
            return ResponseEntity.ok(Map.of("version", catalogue.version(), "previousVersion", previous));
        } catch (InvalidRuleCatalogueException | IOException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "the rule catalogue was refused: " + e.getMessage());
            problem.setProperty("versionInForce", previous);
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(problem);
        }
    }
}
