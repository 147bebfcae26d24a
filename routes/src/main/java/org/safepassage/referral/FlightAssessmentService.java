package org.safepassage.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.safepassage.documents.DocumentReads;
import org.safepassage.manifest.FlightAssessmentState;
import org.safepassage.manifest.FlightQueries;
import org.safepassage.manifest.model.FlightKey;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.TransportMode;
import org.safepassage.protection.FlightAssessment;
import org.safepassage.protection.FlightContext;
import org.safepassage.protection.MinorProtectionAssessor;
import org.safepassage.protection.TravellerInContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * Where a referral is decided: assembles what the service knows of a flight (API and PNR travellers merged,
 * bookings, other flights), runs the minor-protection rules, applies the outcome to the referrals, and hands the
 * changes to the officers' topic.
 */
@Service
public class FlightAssessmentService {

    private static final Logger log = LoggerFactory.getLogger(FlightAssessmentService.class);

    private final FlightQueries flights;
    private final FlightAssessmentState state;
    private final MinorProtectionAssessor assessor;
    private final ReferralDecisions referrals;
    private final StoredOtherFlights otherFlights;
    private final DocumentReads documentReads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FlightAssessmentService(FlightQueries flights, FlightAssessmentState state, MinorProtectionAssessor assessor,
                            ReferralDecisions referrals, StoredOtherFlights otherFlights, DocumentReads documentReads,
                            PlatformTransactionManager transactions, Clock clock) {
        this.flights = flights;
        this.state = state;
        this.assessor = assessor;
        this.referrals = referrals;
        this.otherFlights = otherFlights;
        this.documentReads = documentReads;
        this.transaction = new TransactionTemplate(transactions);
        // each flight on its own, whatever the caller's transaction
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Assesses each flight, each in its own transaction (the referral changes are published once it commits). A
     * flight whose assessment fails is left for the sweep (its data stays newer than its last assessment) and the
     * others are still assessed.
     *
     * @return how many of the flights were assessed
     */
    public int assess(Collection<String> flightIds) {
        return assess(flightIds, false);
    }

    /**
     * As {@link #assess(Collection)}, but a flight whose data has not changed since its last assessment is left as
     * it is (a flight handed over several times before its turn is assessed once).
     *
     * @return how many of the flights were assessed
     */
    public int assessChanged(Collection<String> flightIds) {
        return assess(flightIds, true);
    }

    private int assess(Collection<String> flightIds, boolean onlyChanged) {
        joinWaitingReads(flightIds);
        int assessed = 0;
        for (String flightId : flightIds) {
            try {
                Boolean done = transaction.execute(status -> assessFlight(flightId, onlyChanged));
                if (Boolean.TRUE.equals(done)) {
                    assessed++;
                }
            } catch (RuntimeException e) {
                log.warn("flight {} not assessed, the sweep retries it after the others", flightId, e);
                failed(flightId);
            }
        }
        return assessed;
    }

    /**
     * Flights with data their last assessment did not see (a hand-over lost in a crash or a full queue, an
     * assessment that failed): assess them now, at most 50 at a time, flights whose assessment failed last.
     *
     * @return how many were assessed
     */
    public int assessStale() {
        return assess(state.awaitingAssessment(50), true);
    }

    /**
     * Document reads that waited for these flights' passenger lists are joined first, so that the assessment sees
     * them (a failure here leaves them waiting: the assessment goes on without them).
     */
    private void joinWaitingReads(Collection<String> flightIds) {
        try {
            documentReads.joinWaiting(flightIds);
        } catch (RuntimeException e) {
            log.warn("document reads waiting for flights {} not joined this time: {}", flightIds,
                    org.safepassage.system.Failures.describe(e));
        }
    }

    private void failed(String flightId) {
        try {
            transaction.executeWithoutResult(status -> state.markAssessmentFailed(flightId, OffsetDateTime.now(clock)));
        } catch (RuntimeException e) {
            log.warn("flight {}: cannot record the failed assessment: {}", flightId, e.toString());
        }
    }

    public FlightContext context(String flightId) {
        FlightQueries.FlightView flight = flights.flight(flightId);
        if (flight == null) {
            throw new IllegalArgumentException("no flight " + flightId);
        }
        LocalDate date = flight.departureDate();
        LocalDateTime departure = flight.departureTime();
        LocalDateTime arrival = flight.arrivalTime();
        FlightLeg leg = new FlightLeg(1, TransportMode.AIR, flight.carrier(), flight.number(), null,
                flight.departureAirport(), date, departure == null ? null : departure.toLocalTime(),
                flight.arrivalAirport(), arrival == null ? null : arrival.toLocalDate(),
                arrival == null ? null : arrival.toLocalTime(), 0);
        Map<String, DocumentReads.ReadFacts> reads = documentReads.facts(flightId);
        List<TravellerInContext> travellers = flights.storedTravellers(flightId).stream()
                .map(t -> {
                    DocumentReads.ReadFacts read = reads.get(t.travellerId());
                    if (read == null) {
                        return new TravellerInContext(t.travellerId(), t.traveller(), null);
                    }
                    return new TravellerInContext(t.travellerId(), read.chipDocument() == null ? t.traveller()
                            : t.traveller().withDocument(read.chipDocument()), read.check());
                })
                .toList();
        return new FlightContext(flightId, FlightKey.of(flight.carrier(), flight.number(), flight.departureAirport(), date),
                date, arrival, List.of(leg), travellers, flights.bookings(flightId), otherFlights.around(flightId, date));
    }

    private boolean assessFlight(String flightId, boolean onlyChanged) {
        OffsetDateTime started = OffsetDateTime.now(clock);
        // the flight's row lock: one assessment of a flight at a time (the ingest hand-over and the sweep may both
        // pick a flight up), and none while a message for it is being applied
        // (and the count of the flight's data changes this assessment sees, recorded with it for the sweep)
        FlightAssessmentState.Snapshot data = state.lockForAssessment(flightId);
        if (onlyChanged && data.assessedVersion() != null && data.assessedVersion() >= data.dataVersion()) {
            return false;
        }
        OffsetDateTime received = data.receivedAt();
        FlightContext context = context(flightId);
        int threshold = assessor.catalogue().threshold();
        FlightAssessment assessment = assessor.assess(context);
        List<String> changed = referrals.apply(assessment, threshold, context.scheduledArrival(),
                LocalDateTime.now(clock), received);
        state.markAssessed(flightId, data.dataVersion(), started);
        log.info("flight {} assessed with rule set {}: {} travellers, {} referrals warranted, {} referrals changed",
                flightId, assessment.ruleSetVersion(), assessment.travellers().size(), assessment.referrals().size(),
                changed.size());
        return true;
    }
}
