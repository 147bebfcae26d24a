package org.safepassage.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

import org.apache.camel.builder.RouteBuilder;
import org.safepassage.system.Endpoints;
import org.safepassage.ingest.simulator.DemoFlights;
import org.safepassage.ingest.simulator.GeneratedFlight;
import org.safepassage.ingest.simulator.SpecimenDocuments;
import org.safepassage.manifest.ManifestStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local demo ({@code safepassage.demo=true}): once, right after start, the demo flights' passenger lists, crew
 * lists and PNR pushes go onto the configured endpoints, as an airline's systems would send them, so that the
 * service shows referrals within seconds (see {@link DemoFlights}). Generated identities only.
 */
@Component
@ConditionalOnProperty(name = "safepassage.demo", havingValue = "true")
class DemoRoutes extends RouteBuilder {

    private final Clock clock;

    public DemoRoutes(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:demo?repeatCount=1&delay=1000").routeId("demo")
                .process(e -> e.getMessage().setBody(DemoFlights.around(LocalDateTime.now(clock))))
                .split(body())
                    .setProperty("flight", body())
                    .process(e -> e.setProperty("flightId", ManifestStore.flightId(
                            e.getProperty("flight", GeneratedFlight.class).key())))
                    .setBody(e -> e.getProperty("flight", GeneratedFlight.class).paxlstBytes())
                    .to(Endpoints.PAXLST_IN)
                    .setBody(e -> e.getProperty("flight", GeneratedFlight.class).crewPaxlstBytes())
                    .to(Endpoints.PAXLST_IN)
                    .setBody(e -> e.getProperty("flight", GeneratedFlight.class).pnrgovBytes())
                    .to(Endpoints.PNRGOV_IN)
                    .log("demo flight ${exchangeProperty.flightId} sent: passenger list, crew list, PNR push")
                .end()
                // then what the arrival airport's booths and eGates read of the travellers' passports
                .process(e -> e.getMessage().setBody(DemoFlights.readEvents(DemoFlights.around(LocalDateTime.now(clock)),
                        SpecimenDocuments.demo(), clock.instant())))
                .split(body())
                    .to(Endpoints.DOCUMENT_READS_IN)
                .end()
                .log("demo document reads sent: " + DemoFlights.READS.size() + " passports read at booths and eGates");
    }
}
