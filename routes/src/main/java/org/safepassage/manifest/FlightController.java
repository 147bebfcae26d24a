package org.safepassage.manifest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.safepassage.audit.AccessLog;
import org.safepassage.system.NotFoundException;
import org.safepassage.system.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Flights and their travellers, for officers, a page at a time. Every look at travellers is written to the access log. */
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
    public Page<FlightQueries.FlightView> flights(
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return flights.flights(new Page.PageRequest(page, size));
    }

    @GetMapping("/{flightId}/travellers")
    public Page<FlightQueries.TravellerView> travellers(
            @PathVariable @Size(max = 128) String flightId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            Authentication who) {
        if (!flights.exists(flightId)) {
            throw new NotFoundException("no flight " + flightId);
        }
        Page<FlightQueries.TravellerView> travellers = flights.travellers(flightId, new Page.PageRequest(page, size));
        accessLog.record(who.getName(), "VIEW_TRAVELLERS", flightId,
                travellers.items().size() + " of " + travellers.totalItems() + " travellers, page " + page);
        return travellers;
    }
}
