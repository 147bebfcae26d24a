package org.safepassage.ingest.pnrgov;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.FormOfPayment;
import org.safepassage.manifest.model.Reference;
import org.safepassage.manifest.model.SpecialServiceRequest;

/**
 * One PNR (from SRC to the next SRC or the end of the message) as {@link PnrgovMapper} reads it;
 * becomes a {@link org.safepassage.manifest.model.Booking} and its travellers at the end of the
 * message.
 */
final class PnrDraft {
    final int position;
    final int segmentPosition;
    String system;
    String locator;
    String groupName;
    LocalDate bookingDate;
    LocalDateTime bookedAt;
    LocalDate ticketingDate;
    LocalDateTime ticketedAt;
    LocalDateTime lastChangedAt;
    final List<Reference> otherLocators = new ArrayList<>(1);
    final List<FormOfPayment> fops = new ArrayList<>(1);
    final List<FlightLeg> itinerary = new ArrayList<>(2);
    final List<SpecialServiceRequest> ssrs = new ArrayList<>();
    final List<String> tickets = new ArrayList<>(1);
    final List<PaxDraft> travellers = new ArrayList<>(2);
    final List<InftDraft> infantSsrs = new ArrayList<>(0);
    PaxDraft current;

    PnrDraft(int position, int segmentPosition) {
        this.position = position;
        this.segmentPosition = segmentPosition;
    }

    PaxDraft byRef(String ref) {
        if (ref == null) {
            return null;
        }
        for (PaxDraft p : travellers) {
            if (ref.equals(p.ref)) {
                return p;
            }
        }
        return null;
    }
}
