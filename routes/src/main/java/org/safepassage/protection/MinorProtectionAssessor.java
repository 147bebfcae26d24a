package org.safepassage.protection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Assesses every traveller of a flight against the current rule catalogue.
 *
 * <p>For a traveller who is or may be a minor, every enabled indicator is evaluated; a referral is
 * warranted when the weights of the indicators that fired reach the catalogue threshold, or a decisive
 * indicator fired. For everyone else only data-quality indicators that apply to everyone (M13) are
 * recorded, and no referral is warranted. An indicator whose rule does not count towards the score (M13, a data
 * error) is recorded but adds nothing.
 *
 * <p>Thread-safe. The catalogue is swapped atomically by {@link #use(RuleCatalogue)}; an assessment reads
 * it once, so a whole flight is assessed with one version, which every result records. Same input, same
 * output: indicators come in catalogue order, related traveller ids sorted.
 */
public final class MinorProtectionAssessor {

    private final AtomicReference<RuleCatalogue> catalogue;

    public MinorProtectionAssessor(RuleCatalogue catalogue) {
        this.catalogue = new AtomicReference<>(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** Swaps the catalogue: assessments that start after this call use it. */
    public void use(RuleCatalogue catalogue) {
        this.catalogue.set(Objects.requireNonNull(catalogue, "catalogue"));
    }

    /** The catalogue in use. */
    public RuleCatalogue catalogue() {
        return catalogue.get();
    }

    /** Assesses every traveller of the flight. */
    public FlightAssessment assess(FlightContext flight) {
        Objects.requireNonNull(flight, "flight");
        RuleCatalogue cat = catalogue.get();
        FlightIndex index = FlightIndex.build(flight, cat);
        List<TravellerAssessment> out = new ArrayList<>(index.travellers.size());
        for (TravellerFacts t : index.travellers) {
            out.add(assess(t, index, cat));
        }
        return new FlightAssessment(flight.flightId(), cat.version(), out);
    }

    private static TravellerAssessment assess(TravellerFacts t, FlightIndex index, RuleCatalogue cat) {
        List<Indicator> indicators = null;
        int score = 0;
        boolean decisive = false;
        for (RuleDefinition def : cat.enabledRules()) {
            Rule rule = Rules.of(def.code());
            if (!t.mayBeMinor && !rule.appliesToEveryone()) {
                continue;
            }
            Finding f;
            try {
                f = rule.evaluate(t, index, def);
            } catch (RuntimeException e) {
                throw RuleFailure.of(def.code(), t.id, index.flight.flightId(), e);
            }
            if (f == null) {
                continue;
            }
            if (indicators == null) {
                indicators = new ArrayList<>();
            }
            indicators.add(new Indicator(def.code(), def.description(), def.weight(), def.decisive(), def.source(),
                    f.explanation(), f.evidence(), f.relatedTravellerIds()));
            if (rule.countsTowardsScore()) {
                score += def.weight();
                decisive |= def.decisive();
            }
        }
        boolean referral = t.mayBeMinor && (score >= cat.threshold() || decisive);
        return new TravellerAssessment(t.id, t.age, indicators == null ? List.of() : indicators, score, referral,
                cat.version());
    }

    /**
     * A rule that failed on some data: names the rule, traveller and flight by id and keeps the failure's
     * type and stack trace, but not its message (which could quote personal data).
     */
    public static final class RuleFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private RuleFailure(String message) {
            super(message);
        }

        static RuleFailure of(String code, String travellerId, String flightId, RuntimeException cause) {
            RuleFailure f = new RuleFailure("indicator " + code + " failed for traveller " + travellerId + " on flight "
                    + flightId + " (" + cause.getClass().getName() + ")");
            f.setStackTrace(cause.getStackTrace());
            return f;
        }
    }
}
