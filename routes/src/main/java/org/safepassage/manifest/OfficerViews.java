package org.safepassage.manifest;

import org.safepassage.audit.AccessLog;
import org.safepassage.system.NotFoundException;
import org.safepassage.system.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an officer reads of flights: each look at travellers is written to the access log with the read. */
@Service
public class OfficerViews {

    private final FlightQueries flights;
    private final AccessLog accessLog;

    OfficerViews(FlightQueries flights, AccessLog accessLog) {
        this.flights = flights;
        this.accessLog = accessLog;
    }

    @Transactional
    public Page<FlightQueries.TravellerView> travellers(String flightId, Page.PageRequest page, String officer,
                                                        String where) {
        if (!flights.exists(flightId)) {
            throw new NotFoundException("no flight " + flightId);
        }
        Page<FlightQueries.TravellerView> travellers = flights.travellers(flightId, page);
        accessLog.record(officer, "VIEW_TRAVELLERS", flightId, travellers.items().size() + " of "
                + travellers.totalItems() + " travellers, page " + page.page() + (where == null ? "" : ", " + where));
        return travellers;
    }
}
