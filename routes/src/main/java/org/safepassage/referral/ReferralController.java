package org.safepassage.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.safepassage.audit.AccessLog;
import org.safepassage.system.NotFoundException;
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
 * Referrals for officers: list, look, acknowledge, close. Every look and every action is written to the access
 * log; the first time an officer opens a referral is recorded on it.
 */
@RestController
@RequestMapping("/api/v1/referrals")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
public class ReferralController {

    private final ReferralQueries referrals;
    private final ReferralService service;
    private final ReferralPublisher publisher;
    private final AccessLog accessLog;

    public ReferralController(ReferralQueries referrals, ReferralService service, ReferralPublisher publisher,
                              AccessLog accessLog) {
        this.referrals = referrals;
        this.service = service;
        this.publisher = publisher;
        this.accessLog = accessLog;
    }

    @GetMapping
    public Page<ReferralView> list(@RequestParam(required = false) ReferralStatus status,
                                   @RequestParam(required = false) @Size(max = 128) String flightId,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
                                   Authentication who) {
        Page<ReferralView> found = referrals.list(status, flightId, new Page.PageRequest(page, size));
        accessLog.record(who.getName(), "LIST_REFERRALS", flightId == null ? "*" : flightId,
                found.items().size() + " of " + found.totalItems() + " referrals"
                        + (status == null ? "" : " with status " + status) + ", page " + page);
        return found;
    }

    @GetMapping("/{referralId}")
    public ReferralView get(@PathVariable @Size(max = 64) String referralId, Authentication who) {
        service.seen(java.util.List.of(referralId), who.getName());
        ReferralView view = referrals.find(referralId)
                .orElseThrow(() -> new NotFoundException("no referral " + referralId));
        accessLog.record(who.getName(), "VIEW_REFERRAL", referralId, null);
        return view;
    }

    @PostMapping("/{referralId}/acknowledge")
    public ReferralView acknowledge(@PathVariable @Size(max = 64) String referralId, Authentication who) {
        service.acknowledge(referralId, who.getName());
        accessLog.record(who.getName(), "ACKNOWLEDGE_REFERRAL", referralId, null);
        publisher.publishPending();
        return referrals.find(referralId).orElseThrow();
    }

    /** The officer's closing decision: an outcome (by name) and a note. */
    public record Closing(@NotNull Outcome outcome, @Size(max = 4000) String note) {
    }

    @PostMapping("/{referralId}/close")
    public ReferralView close(@PathVariable @Size(max = 64) String referralId, @Valid @RequestBody Closing closing,
                              Authentication who) {
        service.close(referralId, who.getName(), closing.outcome(), closing.note());
        accessLog.record(who.getName(), "CLOSE_REFERRAL", referralId, "outcome " + closing.outcome());
        publisher.publishPending();
        return referrals.find(referralId).orElseThrow();
    }
}
