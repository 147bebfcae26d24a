package org.safepassage.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.safepassage.testing.ServiceClient;

/**
 * Distinct 300-traveller passenger lists for the load harnesses: the reference message
 * ({@code synthetic_300pax_d05b.edi}) with its flight number, interchange reference, departure month and people
 * changed, so that every list is a new message for another flight with other people (as real traffic is).
 */
final class BenchLists {

    static final int TRAVELLERS = 300;
    private static final String TEMPLATE = new String(
            ServiceClient.resource("/edifact/paxlst/synthetic_300pax_d05b.edi"), StandardCharsets.ISO_8859_1);

    private BenchLists() {
    }

    /**
     * Lists number {@code offset} to {@code offset + count - 1}; with {@code samePeople} every list carries the same
     * 300 people (a worst case for the cross-flight rule M5).
     */
    static List<byte[]> lists(int offset, int count, boolean samePeople) {
        List<byte[]> bodies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = offset + i;
            // in letters: names are matched without digits, so T1SURNAME and T2SURNAME would be one person
            String people = samePeople ? "TEST" : "T" + letters(n);
            bodies.add(TEMPLATE.replace("UA123", "UA" + (1000 + n % 8000))
                    .replace("070429:0900+000000001", "070429:0900+" + String.format("%09d", n))
                    .replace("NAD+FL+++TESTSURNAME", "NAD+FL+++" + people + "SURNAME")
                    .replace("DTM+189:0704291230", "DTM+189:07" + String.format("%02d", 1 + n / 8000 % 12) + "291230")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return bodies;
    }

    /** {@code n} in base 26 written with the letters A to Z. */
    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append((char) ('A' + n % 26));
            n /= 26;
        } while (n > 0);
        return b.reverse().toString();
    }
}
