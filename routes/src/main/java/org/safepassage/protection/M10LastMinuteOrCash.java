package org.safepassage.protection;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.FormOfPayment;

/**
 * M10: the (possible) minor's booking (or, without one, that of an adult travelling with them) was made
 * within a short time of departure (default 72 hours), or paid in cash. The lead time is taken at its
 * longest when only dates are known, so the indicator holds only when it is certain.
 */
final class M10LastMinuteOrCash implements Rule {

    @Override
    public String code() {
        return "M10";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.integer("bookedWithinHours", 72, 0), ParameterSpec.bool("cashCounts", true));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        TravellerFacts holder = t;
        if (t.booking == null) {
            holder = null;
            for (TravellerFacts a : flight.adultEscorts(t)) {
                if (a.booking != null) {
                    holder = a;
                    break;
                }
            }
            if (holder == null) {
                return null;
            }
        }
        Booking b = holder.booking;
        LocalDateTime booked = b.bookedAt() != null ? b.bookedAt()
                : b.bookingDate() != null ? b.bookingDate().atStartOfDay() : null;
        int within = rule.integer("bookedWithinHours");
        long hours = booked == null || flight.departureTime == null ? -1
                : Duration.between(booked, flight.departureTime).toHours();
        boolean lastMinute = hours >= 0 && hours < within;
        boolean cash = rule.bool("cashCounts") && b.paidInCash();
        if (!lastMinute && !cash) {
            return null;
        }
        String whose = holder == t ? Finding.bookingPhrase(t) : "the booking " + holder.bookingReference() + " of adult "
                + holder.id + " travelling with them";
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence("bookingReference", holder.bookingReference(), holder.bookingReferenceOrigin()));
        if (lastMinute) {
            parts.add(b.bookedAt() != null ? "was made " + hours + " hours before departure"
                    : "was made on " + b.bookingDate() + ", within " + within + " hours of departure");
            evidence.add(new Evidence("bookingDate", b.bookedAt() != null ? b.bookedAt().toString()
                    : b.bookingDate().toString(), "PNR RCI"));
        }
        if (cash) {
            parts.add("was paid in cash");
            for (FormOfPayment f : b.formsOfPayment()) {
                if (f.isCash()) {
                    evidence.add(new Evidence("formOfPayment", f.code() + (f.amount() == null ? "" : " " + f.amount()),
                            "PNR FOP"));
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Finding.of(whose + " " + String.join(" and ", parts), evidence,
                holder == t ? List.of() : List.of(holder));
    }
}
