package org.safepassage.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.safepassage.system.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referrals for officers over the API: list, look, acknowledge, close ({@link ReferralWorkflow}: every look and every
 * action is written to the access log with it; the first time an officer opens a referral is recorded on it).
 */
@RestController
@RequestMapping("/api/v1/referrals")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
class ReferralController {

    private final ReferralWorkflow workflow;

    ReferralController(ReferralWorkflow workflow) {
        this.workflow = workflow;
    }

    @GetMapping
    Page<ReferralView> list(@RequestParam(required = false) ReferralStatus status,
                            @RequestParam(required = false) @Size(max = 128) String flightId,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
                            Authentication who) {
        return workflow.list(status, flightId, new Page.PageRequest(page, size), who.getName());
    }

    @GetMapping("/{referralId}")
    ReferralView get(@PathVariable @Size(max = 64) String referralId, Authentication who) {
        return workflow.open(referralId, who.getName(), "api");
    }

    @PostMapping("/{referralId}/acknowledge")
    ReferralView acknowledge(@PathVariable @Size(max = 64) String referralId, Authentication who) {
        return workflow.acknowledge(referralId, who.getName());
    }

    /** The officer's closing decision: an outcome (by name) and a note. */
    record Closing(@NotNull Outcome outcome, @Size(max = 4000) String note) {
    }

    @PostMapping("/{referralId}/close")
    ReferralView close(@PathVariable @Size(max = 64) String referralId, @Valid @RequestBody Closing closing,
                       Authentication who) {
        return workflow.close(referralId, who.getName(), closing.outcome(), closing.note());
    }
}
