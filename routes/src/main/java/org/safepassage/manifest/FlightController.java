package org.safepassage.manifest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

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
class FlightController {

    private final FlightQueries flights;
    private final OfficerViews views;

    FlightController(FlightQueries flights, OfficerViews views) {
        this.flights = flights;
        this.views = views;
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
        return views.travellers(flightId, new Page.PageRequest(page, size), who.getName(), "api");
    }
}
