package org.safepassage.protection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.TravelDocument;

/**
 * What a rule found: one sentence for an officer, the evidence, and the other travellers involved.
 *
 * @param explanation         one neutral sentence
 * @param evidence            fields and values used, with their origin
 * @param relatedTravellerIds other travellers involved, sorted
 */
record Finding(String explanation, List<Evidence> evidence, List<String> relatedTravellerIds) {

    static Finding of(String explanation, List<Evidence> evidence, Collection<TravellerFacts> related) {
        TreeSet<String> ids = new TreeSet<>();
        for (TravellerFacts f : related) {
            ids.add(f.id);
        }
        return new Finding(explanation, evidence, List.copyOf(ids));
    }

    static Finding of(String explanation, List<Evidence> evidence) {
        return new Finding(explanation, evidence, List.of());
    }

    // --- evidence helpers shared by the rules ---

    /** The date of birth the age was computed from. */
    static Evidence dateOfBirth(TravellerFacts f) {
        DateOfBirth dob = f.ageResult.dateOfBirth();
        String value;
        if (dob.status() == DateOfBirth.Status.MISSING) {
            value = "not given";
        } else if (dob.date() != null) {
            value = dob.date() + (dob.raw() != null && !dob.raw().equals(dob.date().toString())
                    ? " (written " + dob.raw() + ")" : "");
        } else {
            value = "written " + dob.raw() + (dob.status() == DateOfBirth.Status.PARTIAL ? " (incomplete)" : " (not a date)");
        }
        return new Evidence("dateOfBirth", value, f.ageResult.origin());
    }

    /** Evidence for the age: the date of birth, and the passenger type when the age rests on the booking. */
    static List<Evidence> age(TravellerFacts f) {
        List<Evidence> out = new ArrayList<>(2);
        out.add(dateOfBirth(f));
        if (f.age.status() == Age.Status.UNKNOWN && f.age.youngest() != null
                && f.ageResult.dateOfBirth().year() == null) {
            var umnr = f.traveller.ssr("UMNR");
            if (umnr != null && umnr.declaredUnaccompaniedMinorAge() != null) {
                out.add(new Evidence("ssr", "UMNR " + (umnr.text() == null ? "" : umnr.text()).trim(), "PNR SSR UMNR"));
            } else {
                out.add(new Evidence("passengerType", f.traveller.passengerTypeCode() != null
                        ? f.traveller.passengerTypeCode() : String.valueOf(f.traveller.passengerType()), "PNR TIF"));
            }
        }
        return out;
    }

    /** The booking reference, or "none". */
    static Evidence bookingReference(TravellerFacts f) {
        String ref = f.bookingReference();
        return new Evidence("bookingReference", ref == null ? "none" : ref,
                ref == null ? "not in the data" : f.bookingReferenceOrigin());
    }

    /** Another traveller, by id, with their age. */
    static Evidence otherTraveller(TravellerFacts o) {
        return new Evidence("otherTraveller", o.id + ": " + o.age.shortForm(), "flight manifest");
    }

    /** Where a document record came from. */
    static String origin(TravelDocument d) {
        return AgeCalculator.originOf(d);
    }

    /** "booking 89TVRV" or "no booking reference". */
    static String bookingPhrase(TravellerFacts f) {
        String ref = f.bookingReference();
        return ref == null ? "no booking reference" : "booking " + ref;
    }
}
