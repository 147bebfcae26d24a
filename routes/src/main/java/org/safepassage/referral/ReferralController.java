package org.safepassage.referral;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.safepassage.audit.AccessLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Referrals for officers: list, look, acknowledge, close. Every look and every action is written to the access
 * log; the first look by an officer is recorded on the referral.
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
    public List<ReferralView> list(@RequestParam(required = false) ReferralStatus status,
                                   @RequestParam(required = false) String flightId, Authentication who) {
        List<ReferralView> found = referrals.list(status, flightId);
        if (!found.isEmpty()) {
            service.seen(found.stream().map(ReferralView::referralId).toList(), who.getName());
        }
        accessLog.record(who.getName(), "LIST_REFERRALS", flightId == null ? "*" : flightId,
                found.size() + " referrals" + (status == null ? "" : " with status " + status));
        return found;
    }

    @GetMapping("/{referralId}")
    public ReferralView get(@PathVariable String referralId, Authentication who) {
        ReferralView view = referrals.find(referralId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no referral " + referralId));
        service.seen(List.of(referralId), who.getName());
        accessLog.record(who.getName(), "VIEW_REFERRAL", referralId, null);
        return view;
    }

    @PostMapping("/{referralId}/acknowledge")
    public ReferralView acknowledge(@PathVariable String referralId, Authentication who) {
        service.acknowledge(referralId, who.getName());
        accessLog.record(who.getName(), "ACKNOWLEDGE_REFERRAL", referralId, null);
        publisher.publishPending();
        return referrals.find(referralId).orElseThrow();
    }

    /** The officer's closing decision: an outcome and a note. */
    public record Closing(@NotNull Outcome outcome, @Size(max = 4000) String note) {
    }

    @PostMapping("/{referralId}/close")
    public ReferralView close(@PathVariable String referralId, @Valid @RequestBody Closing closing, Authentication who) {
        service.close(referralId, who.getName(), closing.outcome(), closing.note());
        accessLog.record(who.getName(), "CLOSE_REFERRAL", referralId, "outcome " + closing.outcome());
        publisher.publishPending();
        return referrals.find(referralId).orElseThrow();
    }
}
