package org.safepassage.documents;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safepassage.manifest.TravellerLookup.Candidate;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.mrtd.mrz.Countries;

/**
 * Which traveller on the passenger lists a read document belongs to. First by document: the document number (read
 * with the OCR's usual confusions O/0, I/1, B/8 forgiven), the issuing state (one- or two-letter MRZ codes as their
 * three-letter form) and the date of birth, where each side has them. Then by person: name (as the MRZ truncates and
 * transliterates it, or the airline spells it), date of birth and nationality. One traveller found: joined. Several:
 * not joined, and their ids kept (a guess could put one child's document on another). None: the read waits for its
 * list. Plain logic, no database.
 */
final class TravellerMatching {

    enum Status { MATCHED, UNMATCHED, AMBIGUOUS }

    /**
     * @param matched    the traveller joined, or null
     * @param by         what the join rests on, or why there is none
     * @param candidates for an ambiguous read, the travellers it may belong to
     */
    record Outcome(Status status, Candidate matched, String by, List<String> candidates) {

        Outcome {
            candidates = List.copyOf(candidates);
        }

        static Outcome none(String why) {
            return new Outcome(Status.UNMATCHED, null, why, List.of());
        }
    }

    private TravellerMatching() {
    }

    /** The traveller among {@code candidates} whom {@code holder} is, as far as the data tells. */
    static Outcome match(ReadHolder holder, List<Candidate> candidates, String searched) {
        if (holder == null) {
            return Outcome.none("neither DG1 nor the printed MRZ could be read: nothing to join the read by");
        }
        List<Candidate> byDocument = new ArrayList<>(1);
        List<Candidate> byDocumentOcr = new ArrayList<>(1);
        List<Candidate> byDocumentOnly = new ArrayList<>(1);
        List<Candidate> byPerson = new ArrayList<>(1);
        for (Candidate c : candidates) {
            DocumentAgreement doc = document(holder, c.traveller());
            switch (doc) {
                case FULL -> byDocument.add(c);
                case FULL_OCR -> byDocumentOcr.add(c);
                case NUMBER_AND_STATE -> byDocumentOnly.add(c);
                default -> {
                    if (person(holder, c.traveller())) {
                        byPerson.add(c);
                    }
                }
            }
        }
        if (!byDocument.isEmpty() || !byDocumentOcr.isEmpty()) {
            List<Candidate> all = new ArrayList<>(byDocument);
            all.addAll(byDocumentOcr);
            return decide(all, byDocument.isEmpty()
                    ? "document number (read with an OCR confusion such as O/0, I/1 or B/8), issuing state and date of birth"
                    : "document number, issuing state and date of birth");
        }
        if (!byDocumentOnly.isEmpty()) {
            return decide(byDocumentOnly,
                    "document number and issuing state; the date of birth differs from the airline's (see dg1.api-match)");
        }
        if (!byPerson.isEmpty()) {
            return decide(byPerson, "name, date of birth and nationality");
        }
        return Outcome.none("no traveller " + searched + " has this document number and issuing state, or this name, "
                + "date of birth and nationality; joined when a passenger list names them");
    }

    private static Outcome decide(List<Candidate> found, String by) {
        if (found.size() == 1) {
            return new Outcome(Status.MATCHED, found.get(0), by, List.of());
        }
        return new Outcome(Status.AMBIGUOUS, null, found.size() + " travellers match by " + by
                + "; not joined (the read is kept with their ids)", found.stream().map(Candidate::travellerId).toList());
    }

    enum DocumentAgreement { FULL, FULL_OCR, NUMBER_AND_STATE, NONE }

    /** How the read's document agrees with the best of the traveller's declared travel documents (visas aside). */
    static DocumentAgreement document(ReadHolder holder, Traveller t) {
        if (holder.documentNumber() == null) {
            return DocumentAgreement.NONE;
        }
        DocumentAgreement best = DocumentAgreement.NONE;
        for (TravelDocument d : t.documents()) {
            if (d.number() == null || "V".equalsIgnoreCase(d.typeCode())) {
                continue;
            }
            String a = alnum(holder.documentNumber());
            String b = alnum(d.number());
            boolean exact = a.equals(b);
            if (!exact && !ocrFold(a).equals(ocrFold(b))) {
                continue;
            }
            Boolean state = agree(holder.issuingState(), d.issuingState());
            if (Boolean.FALSE.equals(state)) {
                continue;
            }
            LocalDate born = dateOfBirth(t, d);
            Boolean birth = holder.dateOfBirth() == null || born == null ? null : holder.dateOfBirth().equals(born);
            DocumentAgreement agreement;
            if (Boolean.TRUE.equals(birth) || (birth == null && Boolean.TRUE.equals(state))) {
                agreement = exact ? DocumentAgreement.FULL : DocumentAgreement.FULL_OCR;
            } else if (exact && Boolean.TRUE.equals(state)) {
                agreement = DocumentAgreement.NUMBER_AND_STATE;
            } else {
                continue;
            }
            if (agreement.ordinal() < best.ordinal()) {
                best = agreement;
            }
        }
        return best;
    }

    /** Same date of birth (both known), compatible names, nationality not in conflict. */
    static boolean person(ReadHolder holder, Traveller t) {
        LocalDate born = dateOfBirth(t, null);
        if (holder.dateOfBirth() == null || born == null || !holder.dateOfBirth().equals(born)) {
            return false;
        }
        if (Boolean.FALSE.equals(agree(holder.nationality(), t.nationality()))) {
            return false;
        }
        if (!sameName(holder.surname(), t.surname(), false)) {
            return false;
        }
        return holder.givenNames() == null || t.givenNames() == null || sameName(holder.givenNames(), t.givenNames(), true);
    }

    private static LocalDate dateOfBirth(Traveller t, TravelDocument preferred) {
        if (t.dateOfBirth().status() == DateOfBirth.Status.COMPLETE) {
            return t.dateOfBirth().date();
        }
        if (preferred != null && preferred.dateOfBirth().status() == DateOfBirth.Status.COMPLETE) {
            return preferred.dateOfBirth().date();
        }
        for (TravelDocument d : t.documents()) {
            if (d.dateOfBirth().status() == DateOfBirth.Status.COMPLETE) {
                return d.dateOfBirth().date();
            }
        }
        return null;
    }

    /** TRUE same state (any of the MRZ's and ISO's forms), FALSE different, null when a side does not say. */
    private static Boolean agree(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return null;
        }
        String x = Countries.alpha3(a);
        String y = Countries.alpha3(b);
        if (x == null || y == null) {
            return a.replace("<", "").trim().equalsIgnoreCase(b.replace("<", "").trim());
        }
        return x.equals(y);
    }

    /**
     * Names as one person's: letters only, diacritics and the Doc 9303 transliterations (AE/OE/UE for Ä/Ö/Ü) folded,
     * one a truncation of the other (the MRZ cuts long names), or one letter apart (two apart for long names:
     * transliterations such as MOHAMMED and MOHAMED). Given names compare by their first name.
     */
    static boolean sameName(String mrz, String airline, boolean firstNameOnly) {
        if (mrz == null || airline == null) {
            return mrz == null && airline == null;
        }
        String a = fold(firstNameOnly ? first(mrz) : mrz);
        String b = fold(firstNameOnly ? first(airline) : airline);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 3 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        int allowed = shorter >= 9 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && distance(a, b, allowed) <= allowed;
    }

    private static String first(String names) {
        String n = names.trim();
        int space = n.indexOf(' ');
        return space < 0 ? n : n.substring(0, space);
    }

    static String fold(String name) {
        String up = name.toUpperCase(Locale.ROOT).replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE")
                .replace("ß", "SS").replace("Æ", "AE").replace("Ø", "OE").replace("Å", "AA");
        String letters = Normalizer.normalize(up, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Z]", "");
        return letters.replace("AE", "A").replace("OE", "O").replace("UE", "U");
    }

    private static String alnum(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** The OCR's usual confusions in document numbers, folded to one form. */
    static String ocrFold(String s) {
        return s.replace('O', '0').replace('Q', '0').replace('I', '1').replace('L', '1').replace('B', '8')
                .replace('S', '5').replace('Z', '2');
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
