package org.safepassage.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.safepassage.mrtd.DocumentRead;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a booth or eGate reports for one document (the JSON event; schema in
 * {@code docs/document-read.schema.json}): who read it and when, the flight the
 * traveller is on if the reader knows it, the printed MRZ as its OCR read it, the chip's files, and the chip protocols
 * it ran. {@link #toString()} carries no personal data.
 *
 * @param files the chip's files by name ({@code COM}, {@code SOD}, {@code DG1} .. {@code DG16}), as read
 */
record DocumentReadEvent(String readerId, Instant readAt, FlightHint flightHint, String mrz, Map<String, byte[]> files,
                         byte[] aaChallenge, byte[] aaResponse, DocumentRead.ReaderResult chipAuthentication) {

    /** The flight the reader says the traveller is on: carrier, number and the day of the flight. */
    record FlightHint(String carrier, String number, LocalDate date) {
    }

    DocumentReadEvent {
        files = Map.copyOf(files);
    }

    /** The read for the verifier (without airline data: the traveller is not known yet). */
    DocumentRead read() {
        DocumentRead.Builder b = DocumentRead.builder().com(files.get("COM")).sod(files.get("SOD"))
                .printedMrz(mrz).activeAuthentication(aaChallenge, aaResponse)
                .chipAuthentication(chipAuthentication).at(readAt);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (f.getKey().startsWith("DG")) {
                b.dataGroup(Integer.parseInt(f.getKey().substring(2)), f.getValue());
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "DocumentReadEvent[" + readerId + " at " + readAt + ", files " + files.keySet() + ", mrz " + (mrz != null) + "]";
    }

    // ---- parsing -------------------------------------------------------------------------------------------------

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("readerId", "readAt", "flightHint", "mrz", "files",
            "activeAuthentication", "chipAuthentication");
    /** First tag of each file (Doc 9303 part 10, 4.6 and 4.7; the LDS application's short EF tags). */
    private static final Map<String, Integer> TAGS = tags();
    private static final int MAX_MRZ = 200;

    private static Map<String, Integer> tags() {
        Map<String, Integer> t = new LinkedHashMap<>();
        t.put("COM", 0x60);
        t.put("SOD", 0x77);
        int[] dg = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
        for (int i = 0; i < dg.length; i++) {
            t.put("DG" + (i + 1), dg[i]);
        }
        return Map.copyOf(t);
    }

    /**
     * Reads an event. Every problem is reported at once, each with the field it concerns and never with the field's
     * value (which may be personal data).
     *
     * @throws InvalidDocumentReadException what is wrong with the event
     */
    static DocumentReadEvent parse(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidDocumentReadException("not JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDocumentReadException("the event must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String name : root.propertyNames()) {
            if (!FIELDS.contains(name)) {
                problems.add("unknown field '" + name + "' (known: " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
            }
        }
        String readerId = text(root, "readerId", 64, true, problems);
        Instant readAt = null;
        String at = text(root, "readAt", 64, true, problems);
        if (at != null) {
            try {
                readAt = Instant.parse(at);
            } catch (DateTimeParseException e) {
                problems.add("readAt must be an instant such as 2014-06-01T07:40:00Z");
            }
        }
        FlightHint hint = null;
        JsonNode h = root.get("flightHint");
        if (h != null && !h.isNull()) {
            if (!h.isObject()) {
                problems.add("flightHint must be an object {carrier, number, date}");
            } else {
                String carrier = text(h, "flightHint.carrier", 3, true, problems);
                String number = text(h, "flightHint.number", 5, true, problems);
                String day = text(h, "flightHint.date", 10, true, problems);
                LocalDate date = null;
                if (day != null) {
                    try {
                        date = LocalDate.parse(day);
                    } catch (DateTimeParseException e) {
                        problems.add("flightHint.date must be a date such as 2014-06-01");
                    }
                }
                if (carrier != null && !carrier.matches("[A-Za-z0-9]{2,3}")) {
                    problems.add("flightHint.carrier must be a two- or three-character airline designator");
                }
                if (number != null && !number.matches("[0-9]{1,4}[A-Za-z]?")) {
                    problems.add("flightHint.number must be a flight number of up to four digits and an optional letter");
                }
                if (carrier != null && number != null && date != null) {
                    hint = new FlightHint(carrier.toUpperCase(Locale.ROOT), number.toUpperCase(Locale.ROOT), date);
                }
            }
        }
        String mrz = text(root, "mrz", MAX_MRZ, false, problems);
        Map<String, byte[]> files = new LinkedHashMap<>();
        JsonNode f = root.get("files");
        if (f != null && !f.isNull()) {
            if (!f.isObject()) {
                problems.add("files must be an object of base64 file contents by name (COM, SOD, DG1 .. DG16)");
            } else {
                for (String name : f.propertyNames()) {
                    file(name, f.get(name), files, problems);
                }
            }
        }
        byte[] challenge = null;
        byte[] response = null;
        JsonNode aa = root.get("activeAuthentication");
        if (aa != null && !aa.isNull()) {
            if (!aa.isObject()) {
                problems.add("activeAuthentication must be an object {challenge, response} in hex");
            } else {
                challenge = hex(aa, "activeAuthentication.challenge", problems);
                response = hex(aa, "activeAuthentication.response", problems);
            }
        }
        DocumentRead.ReaderResult ca = null;
        String caText = text(root, "chipAuthentication", 16, false, problems);
        if (caText != null) {
            try {
                ca = DocumentRead.ReaderResult.valueOf(caText);
            } catch (IllegalArgumentException e) {
                problems.add("chipAuthentication must be PASSED, FAILED or NOT_PERFORMED");
            }
        }
        if (problems.isEmpty() && (mrz == null || mrz.isBlank()) && files.isEmpty()) {
            problems.add("the event has neither an mrz nor any chip file: nothing to verify");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentReadException(String.join("; ", problems));
        }
        return new DocumentReadEvent(readerId, readAt, hint, mrz == null || mrz.isBlank() ? null : mrz, files,
                challenge, response, ca);
    }

    private static void file(String name, JsonNode value, Map<String, byte[]> files, List<String> problems) {
        Integer tag = TAGS.get(name);
        if (tag == null) {
            problems.add("files: unknown file name '" + name + "' (COM, SOD, DG1 .. DG16)");
            return;
        }
        if (value == null || !value.isString()) {
            problems.add("files." + name + " must be a base64 string");
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(value.stringValue());
        } catch (IllegalArgumentException e) {
            problems.add("files." + name + " is not valid base64");
            return;
        }
        if (!isBase64(value.stringValue())) {
            problems.add("files." + name + " is not valid base64");
            return;
        }
        if (bytes.length < 2) {
            problems.add("files." + name + " is empty");
            return;
        }
        if ((bytes[0] & 0xFF) != tag) {
            String actual = actualName(bytes[0] & 0xFF);
            problems.add("files." + name + " is not " + name + ": it starts with tag 0x"
                    + HexFormat.of().toHexDigits((byte) bytes[0]) + (actual == null ? "" : " (" + actual + ")")
                    + ", " + name + " starts with 0x" + HexFormat.of().toHexDigits((byte) (int) tag));
            return;
        }
        files.put(name, bytes);
    }

    /** Base64 (standard alphabet; line breaks allowed): the MIME decoder alone skips characters outside it. */
    private static boolean isBase64(String text) {
        int significant = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == ' ') {
                continue;
            }
            if (!(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '+' && c != '/'
                    && c != '=') {
                return false;
            }
            significant++;
        }
        return significant % 4 == 0;
    }

    private static String actualName(int tag) {
        for (Map.Entry<String, Integer> e : TAGS.entrySet()) {
            if (e.getValue() == tag) {
                return "that of " + e.getKey();
            }
        }
        return null;
    }

    private static byte[] hex(JsonNode parent, String field, List<String> problems) {
        String text = text(parent, field, 2048, true, problems);
        if (text == null) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(text.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            problems.add(field + " is not hexadecimal");
            return null;
        }
    }

    private static String text(JsonNode parent, String field, int max, boolean required, List<String> problems) {
        JsonNode v = parent.get(field.substring(field.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            if (required) {
                problems.add(field + " is required");
            }
            return null;
        }
        if (!v.isString()) {
            problems.add(field + " must be a string");
            return null;
        }
        String s = v.stringValue();
        if (s.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
            return null;
        }
        if (required && s.isBlank()) {
            problems.add(field + " is empty");
            return null;
        }
        return s;
    }
}
