package org.safepassage.mrtd.lds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Reading elementary files and certificates from disk: binary, or hex text (whitespace and colons allowed). */
public final class ElementaryFiles {

    private ElementaryFiles() {
    }

    public static byte[] read(Path path) throws IOException {
        return decode(Files.readAllBytes(path));
    }

    /** Returns the hex-decoded bytes if {@code raw} is hex text, else {@code raw} unchanged. */
    public static byte[] decode(byte[] raw) {
        byte[] hex = hexText(raw);
        return hex != null ? hex : raw;
    }

    private static byte[] hexText(byte[] raw) {
        if (raw.length < 2) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (Character.digit(c, 16) >= 0) {
                sb.append(c);
            } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ':') {
                return null;
            }
        }
        String s = sb.toString();
        if (s.length() < 2 || s.length() % 2 != 0) {
            return null;
        }
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        return HexFormat.of().parseHex(s);
    }
}
