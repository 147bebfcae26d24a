package org.safepassage.mrtd.testing;

import java.io.ByteArrayOutputStream;

/** Minimal BER-TLV writer for data group wrappers (tags of one or two bytes). */
public final class Tlv {

    private Tlv() {
    }

    public static byte[] of(int tag, byte[]... values) {
        ByteArrayOutputStream v = new ByteArrayOutputStream();
        for (byte[] b : values) {
            v.writeBytes(b);
        }
        byte[] value = v.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length + 8);
        if (tag > 0xFF) {
            out.write(tag >> 8);
        }
        out.write(tag & 0xFF);
        int len = value.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len & 0xFF);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write((len >> 8) & 0xFF);
            out.write(len & 0xFF);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
