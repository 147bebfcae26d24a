package org.safepassage.protection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.TravelDocument;

/**
 * M12 (data quality): a document number shared with another traveller on the same booking, no date of
 * birth, no travel document, or a date of birth in a document record that differs from the traveller's.
 */
final class M12DataQuality implements Rule {

    private static final List<String> VISAS = List.of("V");

    @Override
    public String code() {
        return "M12";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.bool("noDateOfBirthCounts", true), ParameterSpec.bool("noDocumentCounts", true));
    }

    @Override
    public Finding evaluate(TravellerFacts t, FlightIndex flight, RuleDefinition rule) {
        List<String> parts = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        Set<TravellerFacts> related = new LinkedHashSet<>();

        List<TravellerFacts> group = flight.group(t);
        if (group.size() > 1 && sharesADocumentNumber(t, group)) {
            Set<String> shared = new LinkedHashSet<>();
            for (TravelDocument d : t.traveller.documents()) {
                String n = number(d);
                if (n == null) {
                    continue;
                }
                for (TravellerFacts o : group) {
                    if (o == t) {
                        continue;
                    }
                    for (TravelDocument od : o.traveller.documents()) {
                        if (n.equals(number(od))) {
                            related.add(o);
                            if (shared.add(n)) {
                                evidence.add(new Evidence("documentNumber", d.number(), AgeCalculator.originOf(d)));
                            }
                        }
                    }
                }
            }
            if (!related.isEmpty()) {
                parts.add("document number shared with " + related.size() + " other traveller"
                        + (related.size() == 1 ? "" : "s") + " on " + Finding.bookingPhrase(t));
            }
        }
        if (rule.bool("noDateOfBirthCounts") && t.ageResult.problem() == AgeCalculator.Problem.MISSING) {
            parts.add("no date of birth");
            evidence.add(Finding.dateOfBirth(t));
        }
        if (rule.bool("noDocumentCounts") && !hasTravelDocument(t)) {
            parts.add("no travel document declared");
            evidence.add(new Evidence("documents", "none", t.fromApi() ? "PAXLST DOC" : "PNR SSR DOCS"));
        }
        DateOfBirth own = t.traveller.dateOfBirth();
        if (own.status() == DateOfBirth.Status.COMPLETE && flight.departure != null) {
            DateOfBirth ownDate = AgeCalculator.resolveAgain(own, flight.departure);
            for (TravelDocument d : t.traveller.documents()) {
                DateOfBirth dd = d.dateOfBirth();
                if (dd.status() == DateOfBirth.Status.COMPLETE) {
                    DateOfBirth resolved = AgeCalculator.resolveAgain(dd, flight.departure);
                    if (resolved.date() != null && ownDate.date() != null && !resolved.date().equals(ownDate.date())) {
                        parts.add("date of birth in the document record (" + resolved.date()
                                + ") differs from the traveller's (" + ownDate.date() + ")");
                        evidence.add(new Evidence("documentDateOfBirth", resolved.date().toString(), AgeCalculator.originOf(d)));
                        break;
                    }
                }
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return Finding.of(String.join("; ", parts), evidence, related);
    }

    private static boolean hasTravelDocument(TravellerFacts t) {
        for (TravelDocument d : t.traveller.documents()) {
            if (M7DocumentDates.isTravelDocument(d, VISAS)) {
                return true;
            }
        }
        return false;
    }

    /** Quick check without allocation: another traveller of the group has one of the traveller's document numbers. */
    private static boolean sharesADocumentNumber(TravellerFacts t, List<TravellerFacts> group) {
        for (TravelDocument d : t.traveller.documents()) {
            if (d.number() == null) {
                continue;
            }
            for (TravellerFacts o : group) {
                if (o != t) {
                    for (TravelDocument od : o.traveller.documents()) {
                        if (od.number() != null && sameNumber(d.number(), od.number())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Equal ignoring case and anything but letters and digits (and at least 3 of those). */
    static boolean sameNumber(String a, String b) {
        int i = 0;
        int j = 0;
        int significant = 0;
        while (true) {
            while (i < a.length() && !Character.isLetterOrDigit(a.charAt(i))) {
                i++;
            }
            while (j < b.length() && !Character.isLetterOrDigit(b.charAt(j))) {
                j++;
            }
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length() && significant >= 3;
            }
            if (Character.toUpperCase(a.charAt(i)) != Character.toUpperCase(b.charAt(j))) {
                return false;
            }
            significant++;
            i++;
            j++;
        }
    }

    /** The document number folded for comparison (upper case, letters and digits only), or {@code null}. */
    private static String number(TravelDocument d) {
        if (d.number() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(d.number().length());
        for (int i = 0; i < d.number().length(); i++) {
            char c = d.number().charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.length() < 3 ? null : b.toString().toUpperCase(Locale.ROOT);
    }
}
