package org.safepassage.ingest.pnrgov;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.PassengerType;

/**
 * PNRGOV, at the end of the message, per PNR: every infant becomes a traveller linked to its adult
 * ({@link org.safepassage.manifest.model.Traveller#accompanyingTravellerRef()}). A DOCS with sex
 * {@code MI}/{@code FI} filed on the adult moves to the infant (found by name, else created); an SSR
 * INFT finds its infant by name, else creates it; a TIF infant still unlinked goes to the adult of
 * its reference ({@code 43578I} to {@code 43578}), else to the only adult flagged with an infant,
 * else to the only adult, else it is reported.
 */
final class InfantLinks {

    private final PnrDraft pnr;
    private final List<PaxDraft> travellers;
    private final Warnings warnings;

    private InfantLinks(PnrDraft pnr, Warnings warnings) {
        this.pnr = pnr;
        this.travellers = pnr.travellers;
        this.warnings = warnings;
    }

    /** Links the infants of {@code pnr}, moving and creating travellers as needed. */
    static void resolve(PnrDraft pnr, Warnings warnings) {
        new InfantLinks(pnr, warnings).resolve();
    }

    private void resolve() {
        // infants carried only on the adult's DOCS (sex MI/FI)
        for (PaxDraft adult : List.copyOf(travellers)) {
            if (adult.isInfant()) {
                continue;
            }
            for (DocsDraft d : List.copyOf(adult.docs)) {
                if (!d.infant()) {
                    continue;
                }
                adult.docs.remove(d);
                PaxDraft infant = infantOf(adult, d.surname, d.given);
                if (infant == null) {
                    infant = newInfant(adult, d.surname, d.given, d.position);
                }
                infant.docs.add(d);
            }
        }
        // SSR INFT: link a TIF infant by name, or create the infant
        Map<String, InftDraft> distinct = new LinkedHashMap<>();
        for (InftDraft i : pnr.infantSsrs) {
            distinct.putIfAbsent((i.adult() == null ? "" : i.adult().ref) + "|" + i.surname() + "|" + i.given(), i);
        }
        for (InftDraft i : distinct.values()) {
            if (i.adult() == null) {
                continue;
            }
            PaxDraft infant = findInfantByName(i.surname(), i.given());
            if (infant == null) {
                infant = infantOf(i.adult(), i.surname(), i.given());
            }
            if (infant == null) {
                infant = newInfant(i.adult(), i.surname(), i.given(), i.position());
                infant.ptc = "INFT";
            }
            if (infant.accompanying == null) {
                infant.accompanying = i.adult().ref;
            }
            if (infant.inftDobRaw == null) {
                infant.inftDobRaw = i.dob();
            }
        }
        // remaining TIF infants: by reference (43578I -> 43578), the only adult flagged with an infant, the only adult
        List<PaxDraft> adults = travellers.stream().filter(p -> !p.isInfant()).toList();
        List<PaxDraft> flagged = adults.stream().filter(p -> p.withInfant).toList();
        for (PaxDraft infant : travellers) {
            if (!infant.isInfant() || infant.accompanying != null) {
                continue;
            }
            PaxDraft adult = null;
            if (infant.ref != null && infant.ref.length() > 1 && infant.ref.toUpperCase(Locale.ROOT).endsWith("I")) {
                adult = pnr.byRef(infant.ref.substring(0, infant.ref.length() - 1));
            }
            if (adult == null && flagged.size() == 1) {
                adult = flagged.get(0);
            }
            if (adult == null && adults.size() == 1) {
                adult = adults.get(0);
            }
            if (adult != null && adult.ref != null) {
                infant.accompanying = adult.ref;
            } else {
                warnings.add(infant.segmentPosition, "TIF", "infant in PNR " + pnr.position
                        + " could not be linked to an adult traveller");
            }
        }
    }

    private PaxDraft findInfantByName(String surname, String given) {
        for (PaxDraft p : travellers) {
            if (p.isInfant() && sameName(p, surname, given)) {
                return p;
            }
        }
        return null;
    }

    private PaxDraft infantOf(PaxDraft adult, String surname, String given) {
        PaxDraft only = null;
        int n = 0;
        for (PaxDraft p : travellers) {
            if (p.isInfant() && adult.ref != null && adult.ref.equals(p.accompanying)) {
                if (sameName(p, surname, given)) {
                    return p;
                }
                only = p;
                n++;
            }
        }
        return n == 1 && (given == null || only.given == null) ? only : null;
    }

    private static boolean sameName(PaxDraft p, String surname, String given) {
        if (surname == null || p.surname == null || !surname.equalsIgnoreCase(p.surname)) {
            return false;
        }
        if (given == null || p.given == null) {
            return true;
        }
        String a = given.replace(" ", "").toUpperCase(Locale.ROOT);
        String b = p.given.replace(" ", "").toUpperCase(Locale.ROOT);
        return a.startsWith(b) || b.startsWith(a);
    }

    private PaxDraft newInfant(PaxDraft adult, String surname, String given, int segmentPosition) {
        PaxDraft infant = new PaxDraft(segmentPosition);
        infant.surname = surname;
        infant.given = given;
        infant.type = PassengerType.INFANT;
        infant.accompanying = adult.ref;
        travellers.add(travellers.indexOf(adult) + 1 + (int) travellers.stream()
                .filter(p -> p.isInfant() && Objects.equals(adult.ref, p.accompanying)).count(), infant);
        return infant;
    }
}
