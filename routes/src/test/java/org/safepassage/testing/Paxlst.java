package org.safepassage.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Crafted PAXLST passenger lists for tests (generated identities only), built the way carriers send them:
 * {@code Paxlst.flight("ZZ800", "LHR", "261230").traveller(...).build()}. Values are written as given, so a test
 * can put anything a hostile or broken sender could into any field; UNT and CNT counts are right unless
 * {@link #cutAfterTraveller(int)} cuts the interchange short.
 */
public final class Paxlst {

    private final String flight;
    private final String from;
    private final String date;
    private String to = "AMS";
    private String sender = "ZZAIR";
    private String interchangeRef = "IC000001";
    private String messageRef = "1";
    private String documentCode = "745";
    private String documentIdentifier;
    private final List<String> travellers = new ArrayList<>();
    private Integer cutAfter;

    private Paxlst(String flight, String from, String date) {
        this.flight = flight;
        this.from = from;
        this.date = date;
    }

    /** A list for flight {@code flight} (e.g. {@code ZZ800}) from {@code from} on {@code yymmdd}, departing 10:00. */
    public static Paxlst flight(String flight, String from, String yymmdd) {
        return new Paxlst(flight, from, yymmdd);
    }

    public Paxlst to(String arrival) {
        this.to = arrival;
        return this;
    }

    public Paxlst references(String sender, String interchangeRef, String messageRef) {
        this.sender = sender;
        this.interchangeRef = interchangeRef;
        this.messageRef = messageRef;
        return this;
    }

    /** A change list ({@code BGM+745+CP}): it replaces the earlier list for the flight. */
    public Paxlst change() {
        this.documentIdentifier = "CP";
        return this;
    }

    /** A traveller with the fields most rules read; values are written as given. */
    public Paxlst traveller(String surname, String given, String dobYymmdd, String nationality, String booking,
                            String documentNumber) {
        return traveller(new Person(surname, given, dobYymmdd, nationality, booking, documentNumber, "F"));
    }

    public Paxlst traveller(Person p) {
        StringBuilder t = new StringBuilder();
        t.append("NAD+FL+++").append(p.surname()).append(':').append(p.given()).append('\'');
        t.append("ATT+2++").append(p.sex()).append('\'');
        t.append("DTM+329:").append(p.dob()).append('\'');
        t.append("NAT+2+").append(p.nationality()).append('\'');
        t.append("RFF+AVF:").append(p.booking()).append('\'');
        t.append("DOC+P+").append(p.documentNumber()).append('\'');
        t.append("DTM+36:300101'");
        t.append("LOC+91+").append(p.nationality()).append('\'');
        travellers.add(t.toString());
        return this;
    }

    /** The interchange ends right after traveller {@code n} (1-based): no CNT, UNT or UNZ, as a copy cut in transit. */
    public Paxlst cutAfterTraveller(int n) {
        this.cutAfter = n;
        return this;
    }

    public byte[] build() {
        StringBuilder body = new StringBuilder();
        body.append("UNH+").append(messageRef).append("+PAXLST:D:05B:UN:IATA'");
        body.append("BGM+").append(documentCode).append(documentIdentifier == null ? "" : "+" + documentIdentifier).append('\'');
        body.append("NAD+MS+++OPERATIONS'");
        body.append("TDT+20+").append(flight).append("+++").append(flight, 0, Math.min(2, flight.length())).append('\'');
        body.append("LOC+125+").append(from).append("'DTM+189:").append(date).append("1000:201'");
        body.append("LOC+87+").append(to).append("'DTM+232:").append(date).append("1400:201'");
        int segments = 8;
        int count = cutAfter == null ? travellers.size() : Math.min(cutAfter, travellers.size());
        for (int i = 0; i < count; i++) {
            body.append(travellers.get(i));
            segments += 8;
        }
        String head = "UNA:+.? 'UNB+UNOA:4+" + sender + "+BORDER+" + date + ":0800+" + interchangeRef + "++APIS'";
        if (cutAfter != null) {
            return (head + body).getBytes(StandardCharsets.UTF_8);
        }
        body.append("CNT+42:").append(travellers.size()).append('\'');
        segments += 2;
        body.append("UNT+").append(segments).append('+').append(messageRef).append('\'');
        return (head + body + "UNZ+1+" + interchangeRef + "'").getBytes(StandardCharsets.UTF_8);
    }

    /** One traveller's data as the list carries it. */
    public record Person(String surname, String given, String dob, String nationality, String booking,
                         String documentNumber, String sex) {
    }
}
