package org.safepassage.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.builder.RouteBuilder;
import org.safepassage.system.Endpoints;
import org.safepassage.ingest.simulator.FeedGenerator;
import org.safepassage.ingest.simulator.GeneratedFlight;
import org.safepassage.ingest.simulator.GeneratedTraveller;
import org.safepassage.ingest.simulator.SpecimenDocuments;
import org.safepassage.manifest.ManifestStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The feed simulator for demos and load tests (off unless {@code safepassage.simulator.enabled=true}): generated
 * departures (50-500 travellers: families, groups, lone minors, infants; generated identities only) put onto the
 * configured endpoints at a chosen rate, as an airline would send them: the PAXLST passenger list, the crew list
 * and the PNRGOV push for each flight.
 */
@Component
@ConditionalOnProperty(name = "safepassage.simulator.enabled", havingValue = "true")
class FeedSimulatorRoutes extends RouteBuilder {

    /**
     * @param flightsPerMinute departures generated per minute
     * @param seed             random seed (the same seed gives the same traffic)
     * @param pnr              also send the PNRGOV push of each flight
     * @param crew             also send the crew list of each flight
     * @param maxFlights       stop after this many flights (0 = no limit)
     * @param documentReads    share of each flight's passengers whose passport read is sent after its lists (0 to
     *                         1; 0 = none): signed by the demo's specimen hierarchy, one in ten with a fault (DG1
     *                         tampered with, an expired signer, an unknown issuer, an MRZ altered, in turn). The
     *                         service verifies them against the demo's anchors with safepassage.demo=true only
     */
    @ConfigurationProperties("safepassage.simulator")
    public record Settings(@DefaultValue("6") double flightsPerMinute, @DefaultValue("1") long seed,
                           @DefaultValue("true") boolean pnr, @DefaultValue("true") boolean crew,
                           @DefaultValue("0") int maxFlights, @DefaultValue("0") double documentReads) {
    }

    private final Settings settings;
    private final FeedGenerator generator;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile SpecimenDocuments documents;
    private volatile boolean stopped;

    public FeedSimulatorRoutes(Settings settings) {
        this.settings = settings;
        this.generator = new FeedGenerator(settings.seed());
    }

    @Override
    public void configure() {
        long period = Math.max(1, Math.round(60_000 / Math.max(settings.flightsPerMinute(), 0.001)));
        from("timer:feed-simulator?period=" + period).routeId("feed-simulator")
                .filter(e -> {
                    if (settings.maxFlights() == 0 || sent.get() < settings.maxFlights()) {
                        return true;
                    }
                    if (!stopped) {
                        stopped = true;
                        log.info("feed simulator: {} flights sent, the limit safepassage.simulator.max-flights; "
                                + "it sends no more", sent.get());
                    }
                    return false;
                })
                .process(e -> {
                    GeneratedFlight flight;
                    synchronized (generator) {
                        flight = generator.nextFlight();
                    }
                    sent.incrementAndGet();
                    e.getMessage().setBody(flight);
                    e.setProperty("flightId", ManifestStore.flightId(flight.key()));
                })
                .log("simulated flight ${exchangeProperty.flightId} with ${body.passengers.size} passengers")
                .setProperty("flight", body())
                .setBody(e -> e.getProperty("flight", GeneratedFlight.class).paxlstBytes())
                .to(Endpoints.PAXLST_IN)
                .filter(e -> settings.crew())
                    .setBody(e -> e.getProperty("flight", GeneratedFlight.class).crewPaxlstBytes())
                    .to(Endpoints.PAXLST_IN)
                .end()
                .filter(e -> settings.pnr())
                    .setBody(e -> e.getProperty("flight", GeneratedFlight.class).pnrgovBytes())
                    .to(Endpoints.PNRGOV_IN)
                .end()
                .filter(e -> settings.documentReads() > 0)
                    .setBody(e -> documentReads(e.getProperty("flight", GeneratedFlight.class)))
                    .split(body())
                        .to(Endpoints.DOCUMENT_READS_IN)
                    .end()
                .end();
    }

    /** Read events for the chosen share of the flight's passengers, read as the flight lands. */
    private List<byte[]> documentReads(GeneratedFlight flight) {
        if (documents == null) {
            documents = SpecimenDocuments.demo();
        }
        java.util.Random random = new java.util.Random(settings.seed() * 31 + sent.get());
        SpecimenDocuments.Fault[] faults = SpecimenDocuments.Fault.values();
        String[] hint = {flight.key().carrier(), flight.key().number(), flight.key().departureDate().toString()};
        java.time.Instant at = java.time.Instant.now();
        List<byte[]> events = new java.util.ArrayList<>();
        for (GeneratedTraveller t : flight.passengers()) {
            if (random.nextDouble() >= settings.documentReads()) {
                continue;
            }
            int n = reads.incrementAndGet();
            SpecimenDocuments.Fault fault = n % 10 == 0 ? faults[1 + (n / 10) % (faults.length - 1)] : SpecimenDocuments.Fault.NONE;
            events.add(documents.readEvent(t, fault, at, "SIM-EGATE-" + (1 + n % 8), hint));
        }
        return events;
    }
}
