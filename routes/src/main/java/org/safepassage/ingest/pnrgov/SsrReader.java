package org.safepassage.ingest.pnrgov;

import static org.safepassage.ingest.edifact.Values.upper;

import java.util.List;
import org.safepassage.ingest.edifact.Segment;
import org.safepassage.ingest.edifact.Warnings;
import org.safepassage.manifest.model.FlightLeg;
import org.safepassage.manifest.model.SpecialServiceRequest;

/**
 * PNRGOV, per SSR segment of a PNR (called by {@link PnrgovMapper}): the special service request,
 * kept on the booking and on the traveller it names; seats (SEAT, RQST, NSST) on the reported
 * flight; documents from DOCS (travel document) and DOCO (visa) text; SSR INFT kept for
 * {@link InfantLinks}; UMNR marks an unaccompanied minor.
 */
final class SsrReader {

    private final Warnings warnings;
    private final List<FlightLeg> headerLegs;

    /** {@code headerLegs}: the mapper's list of the flight(s) the message reports, filled before the first PNR. */
    SsrReader(Warnings warnings, List<FlightLeg> headerLegs) {
        this.warnings = warnings;
        this.headerLegs = headerLegs;
    }

    /**
     * One SSR of {@code pnr}. It belongs to the traveller whose reference it names, else, in the
     * traveller group ({@code inTravellerGroup}: after a TIF), to the traveller just read.
     */
    void read(Segment s, PnrDraft pnr, boolean inTravellerGroup) {
        String code = upper(s.value(0, 0));
        if (code == null) {
            warnings.add(s, "SSR without code ignored");
            return;
        }
        String status = s.value(0, 1);
        String carrier = s.value(0, 3);
        String board = s.value(0, 6);
        String off = s.value(0, 7);
        String text = freeText(s);
        if ("SEAT".equals(code) || "RQST".equals(code) || "NSST".equals(code)) {
            boolean thisFlight = PnrgovMapper.isReportedFlight(headerLegs, board, off);
            for (int e = 1; e < 64; e++) {
                String seat = s.value(e, 0);
                String ref = s.value(e, 2);
                if (seat == null && ref == null) {
                    if (e > 1 && s.componentCount(e) == 0) {
                        break;
                    }
                    continue;
                }
                PaxDraft p = pnr.byRef(ref);
                if (p != null && thisFlight && seat != null && !seat.startsWith("XXX")) {
                    p.seat = seat;
                }
            }
            pnr.ssrs.add(new SpecialServiceRequest(code, status, carrier, board, off, text, null, s.position()));
            return;
        }
        String ref = null;
        for (int e = 1; e < 10 && ref == null; e++) {
            ref = s.value(e, 2);
        }
        PaxDraft target = ref == null ? null : pnr.byRef(ref);
        if (target == null && inTravellerGroup) {
            target = pnr.current;
        }
        SpecialServiceRequest ssr = new SpecialServiceRequest(code, status, carrier, board, off, text,
                target != null && target.ref != null ? target.ref : ref, s.position());
        pnr.ssrs.add(ssr);
        if (target != null) {
            target.ssrs.add(ssr);
        }
        switch (code) {
            case "DOCS" -> docs(s, text, target, pnr);
            case "DOCO" -> doco(s, text, target);
            case "INFT" -> {
                if (target == null) {
                    warnings.add(s, "SSR INFT in PNR " + pnr.position + " names no adult traveller");
                }
                pnr.infantSsrs.add(new InftDraft(target, text, s.position()));
            }
            case "UMNR" -> {
                if (target == null) {
                    warnings.add(s, "SSR UMNR in PNR " + pnr.position + " names no traveller");
                } else {
                    target.umnr = true;
                }
            }
            default -> { }
        }
    }

    /** The free text of an SSR: component 8 onwards (a ':' in the text splits it into components). */
    private static String freeText(Segment s) {
        String first = s.value(0, 8);
        if (first == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(first);
        for (int c = 9; c < 20; c++) {
            String more = s.value(0, c);
            if (more == null) {
                if (s.componentCount(0) <= c) {
                    break;
                }
                sb.append(':');
                continue;
            }
            sb.append(':').append(more);
        }
        return sb.toString();
    }

    private void docs(Segment s, String text, PaxDraft target, PnrDraft pnr) {
        if (text == null) {
            warnings.add(s, "SSR DOCS without text ignored");
            return;
        }
        if (target == null) {
            warnings.add(s, "SSR DOCS in PNR " + pnr.position + " names no traveller");
            return;
        }
        String[] f = fields(text);
        DocsDraft d = new DocsDraft(s.position());
        d.type = at(f, 0);
        d.issuer = at(f, 1);
        d.number = at(f, 2);
        d.nationality = at(f, 3);
        d.dobRaw = at(f, 4);
        d.sexCode = upper(at(f, 5));
        d.expiryRaw = at(f, 6);
        d.surname = at(f, 7);
        String given = at(f, 8);
        String middle = at(f, 9);
        d.given = given == null ? middle : middle == null ? given : given + " " + middle;
        for (DocsDraft existing : target.docs) {
            if (existing.sameAs(d)) {
                return; // the same DOCS repeated per leg
            }
        }
        target.docs.add(d);
    }

    private void doco(Segment s, String text, PaxDraft target) {
        if (text == null || target == null) {
            warnings.add(s, "SSR DOCO without text or traveller ignored");
            return;
        }
        String[] f = fields(text);
        DocsDraft d = new DocsDraft(s.position());
        d.visa = true;
        d.birthPlace = at(f, 0);
        d.type = at(f, 1);
        d.number = at(f, 2);
        d.placeOfIssue = at(f, 3);
        d.issueRaw = at(f, 4);
        d.issuer = at(f, 5);
        for (DocsDraft existing : target.docs) {
            if (existing.sameAs(d)) {
                return;
            }
        }
        target.docs.add(d);
    }

    /** Slash-separated SSR fields, without the leading slash. */
    private static String[] fields(String text) {
        String t = text.startsWith("/") ? text.substring(1) : text;
        String[] f = t.split("/", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static String at(String[] f, int i) {
        return i < f.length && !f[i].isEmpty() ? f[i] : null;
    }
}
