package org.safepassage.protection;

import java.util.List;
import java.util.Set;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;

/**
 * What the rules need about one traveller of the flight, computed once per assessment: age, booking
 * group, PNR, and (lazily) surname keys, companions and escorts.
 */
final class TravellerFacts {

    final int index;
    final String id;
    final Traveller traveller;
    final DocumentCheck documentCheck;
    final AgeCalculator.Result ageResult;
    final Age age;
    /** Canonical booking key (upper case; a codeshare's other locators fold to the PNR's), or {@code null}. */
    final String groupKey;
    /** The PNR of this traveller's booking on this flight, or {@code null}. */
    final Booking booking;
    final boolean crew;
    final boolean mayBeMinor;

    private Set<String> surnameKeys;
    List<TravellerFacts> companions;
    List<TravellerFacts> adultEscorts;
    List<TravellerFacts> linkedMinors;
    List<EscortedMinor> elsewhere;
    int majority = -1;

    TravellerFacts(int index, TravellerInContext in, AgeCalculator.Result ageResult, String groupKey, Booking booking) {
        this.index = index;
        this.id = in.travellerId();
        this.traveller = in.data();
        this.documentCheck = in.documentCheck();
        this.ageResult = ageResult;
        this.age = ageResult.age();
        this.groupKey = groupKey;
        this.booking = booking;
        this.crew = traveller.role().isCrew();
        this.mayBeMinor = age.mayBeMinor();
    }

    /** Surname keys of the traveller's own surname and of the surnames in their document records. */
    Set<String> surnameKeys() {
        if (surnameKeys == null) {
            Set<String> keys = Surnames.keys(traveller.surname());
            for (TravelDocument d : traveller.documents()) {
                if (d.surname() != null) {
                    Set<String> more = Surnames.keys(d.surname());
                    if (!keys.containsAll(more)) {
                        keys = new java.util.LinkedHashSet<>(keys);
                        keys.addAll(more);
                    }
                }
            }
            surnameKeys = keys;
        }
        return surnameKeys;
    }

    /** {@code true} when the traveller came with API data (a PAXLST party qualifier). */
    boolean fromApi() {
        return traveller.roleCode() != null;
    }

    /** The booking reference as written, or {@code null}. */
    String bookingReference() {
        String r = traveller.bookingReference();
        return r == null || r.isBlank() ? null : r.trim();
    }

    String bookingReferenceOrigin() {
        return fromApi() ? "PAXLST RFF+AVF" : "PNR RCI";
    }

    String nationalityOrigin() {
        return fromApi() ? "PAXLST NAT+2" : "PNR SSR DOCS";
    }

    @Override
    public String toString() {
        return "TravellerFacts[" + id + "]";
    }
}
