package org.safepassage.mrtd.mrz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test support: the sample files in {@code src/test/resources/mrz/} and independent MRZ arithmetic for mutations. */
final class MrzSamples {

    static final String TD3_ERIKSSON = "icao9303_p4_td3_UTO_eriksson.mrz";
    static final String TD3_MUSTERMANN = "bsi_tr03105_hjp_DG1_td3_D_mustermann.mrz";
    static final String TD2_LONG_DOCNO = "icao9303_p11_D2_td2_UTO_longdocno.mrz";
    static final String TD1_LONG_DOCNO = "icao9303_p11_D2_td1_UTO_longdocno.mrz";
    static final String TD1_ERIKSSON = "icao9303_p5_td1_UTO_eriksson.mrz";
    static final String TD1_WRONG_COMPOSITE = "icao9303_td1_UTO_eriksson_wrong_composite.mrz";
    static final String TD2_ERIKSSON = "icao9303_p6_td2_UTO_eriksson.mrz";
    static final String MRVA_ERIKSSON = "icao9303_p7_mrva_UTO_eriksson.mrz";
    static final String MRVB_ERIKSSON = "icao9303_p7_mrvb_UTO_eriksson.mrz";
    static final String TD3_NLD_SPECIMEN = "nl_specimen_td3_NLD_de_bruijn.mrz";
    static final String TD1_NLD_SPECIMEN = "nl_specimen_td1_NLD_de_bruijn.mrz";
    static final String TD1_D_MUSTERMANN = "bsi_personalausweis_td1_D_mustermann.mrz";

    static final List<String> ALL = List.of(TD3_ERIKSSON, TD3_MUSTERMANN, TD2_LONG_DOCNO, TD1_LONG_DOCNO,
            TD1_ERIKSSON, TD1_WRONG_COMPOSITE, TD2_ERIKSSON, MRVA_ERIKSSON, MRVB_ERIKSSON, TD3_NLD_SPECIMEN,
            TD1_NLD_SPECIMEN, TD1_D_MUSTERMANN);

    private MrzSamples() {
    }

    /** The file's text as stored (with its trailing newline). */
    static String text(String name) {
        try (InputStream in = MrzSamples.class.getResourceAsStream("/mrz/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource mrz/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        return List.of(text(name).strip().split("\n"));
    }

    /** Replaces the character at 1-based {@code line}/{@code position}. */
    static List<String> set(List<String> lines, int line, int position, char c) {
        List<String> out = new ArrayList<>(lines);
        StringBuilder sb = new StringBuilder(out.get(line - 1));
        sb.setCharAt(position - 1, c);
        out.set(line - 1, sb.toString());
        return out;
    }

    /** Replaces {@code value.length()} characters from 1-based {@code line}/{@code position}. */
    static List<String> set(List<String> lines, int line, int position, String value) {
        List<String> out = new ArrayList<>(lines);
        StringBuilder sb = new StringBuilder(out.get(line - 1));
        sb.replace(position - 1, position - 1 + value.length(), value);
        out.set(line - 1, sb.toString());
        return out;
    }

    /** Independent 7-3-1 check digit (deliberately not {@link CheckDigit}). */
    static char cd(String s) {
        int[] w = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c == '<' ? 0 : c - 'A' + 10;
            sum += v * w[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    /** The composite digit's 1-based line and position for the layout of these lines, or null for visas. */
    static int[] compositePosition(List<String> lines) {
        if (lines.size() == 3) {
            return new int[] {2, 30};
        }
        if (lines.get(0).charAt(0) == 'V') {
            return null;
        }
        return new int[] {2, lines.get(1).length()};
    }

    /** Rewrites the composite check digit so that it matches the (possibly mutated) fields. */
    static List<String> withCompositeRecomputed(List<String> lines) {
        int[] pos = compositePosition(lines);
        if (pos == null) {
            return lines;
        }
        String data;
        if (lines.size() == 3) {
            String a = lines.get(0);
            String b = lines.get(1);
            data = a.substring(5, 30) + b.substring(0, 7) + b.substring(8, 15) + b.substring(18, 29);
        } else {
            String b = lines.get(1);
            int end = b.length() - 1;
            data = b.substring(0, 10) + b.substring(13, 20) + b.substring(21, end);
        }
        return set(lines, pos[0], pos[1], cd(data));
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }
}
