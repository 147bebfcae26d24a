package org.safepassage.manifest;

import java.util.List;

import org.safepassage.audit.AccessLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Flights and their travellers, for officers. Every look at travellers is written to the access log. */
@RestController
@RequestMapping("/api/v1/flights")
@PreAuthorize("hasAnyRole('OFFICER', 'SUPERVISOR')")
public class FlightController {

    private final FlightQueries flights;
    private final AccessLog accessLog;

    public FlightController(FlightQueries flights, AccessLog accessLog) {
        this.flights = flights;
        this.accessLog = accessLog;
    }

    @GetMapping
    public List<FlightQueries.FlightView> flights() {
        return flights.flights();
    }

    @GetMapping("/{flightId}/travellers")
    public List<FlightQueries.TravellerView> travellers(@PathVariable String flightId, Authentication who) {
        if (!flights.exists(flightId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no flight " + flightId);
        }
        List<FlightQueries.TravellerView> travellers = flights.travellers(flightId);
        accessLog.record(who.getName(), "VIEW_TRAVELLERS", flightId, travellers.size() + " travellers");
        return travellers;
    }
}
