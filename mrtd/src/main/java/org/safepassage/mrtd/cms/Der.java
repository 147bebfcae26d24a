package org.safepassage.mrtd.cms;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, allocation-light ASN.1 TLV reader over a byte array (DER, plus the BER features seen
 * in the wild: indefinite lengths, non-minimal lengths, constructed OCTET STRINGs).
 *
 * <p>Every element keeps its offsets into the original array, so callers can take the exact bytes
 * that were signed or hashed. Every length is checked against the bytes that remain: malformed
 * input throws {@link DerException}, never anything else.
 */
public final class Der {

    public static final int SEQUENCE = 0x30;
    public static final int SET = 0x31;
    public static final int INTEGER = 0x02;
    public static final int BIT_STRING = 0x03;
    public static final int OCTET_STRING = 0x04;
    public static final int NULL = 0x05;
    public static final int OID = 0x06;

    private static final int MAX_DEPTH = 32;

    private final byte[] buf;
    /** Offset of the tag byte. */
    public final int start;
    /** Offset of the first content byte. */
    public final int valueStart;
    /** Offset just past the content (before the end-of-contents octets of an indefinite length). */
    public final int valueEnd;
    /** Offset just past the whole element. */
    public final int end;
    /** The first identifier octet (class, constructed bit, low tag number). */
    public final int tag;
    private final int depth;

    private Der(byte[] buf, int start, int valueStart, int valueEnd, int end, int tag, int depth) {
        this.buf = buf;
        this.start = start;
        this.valueStart = valueStart;
        this.valueEnd = valueEnd;
        this.end = end;
        this.tag = tag;
        this.depth = depth;
    }

    /** Reads the single element that starts at offset 0 (trailing bytes are allowed and ignored). */
    public static Der parse(byte[] buf) {
        if (buf == null) {
            throw new DerException("no input");
        }
        return read(buf, 0, buf.length, 0);
    }

    /** Reads the element at {@code offset} that must end at or before {@code limit}. */
    public static Der read(byte[] buf, int offset, int limit, int depth) {
        if (depth > MAX_DEPTH) {
            throw new DerException("ASN.1 nested too deeply");
        }
        if (offset >= limit) {
            throw new DerException("truncated: expected a tag at offset " + offset);
        }
        int p = offset;
        int tag = buf[p++] & 0xFF;
        if ((tag & 0x1F) == 0x1F) { // high tag number form: skip the tag number octets
            int n = 0;
            while (true) {
                if (p >= limit) {
                    throw new DerException("truncated tag at offset " + offset);
                }
                int b = buf[p++] & 0xFF;
                if (++n > 4) {
                    throw new DerException("tag number too large at offset " + offset);
                }
                if ((b & 0x80) == 0) {
                    break;
                }
            }
        }
        if (p >= limit) {
            throw new DerException("truncated: missing length at offset " + offset);
        }
        int first = buf[p++] & 0xFF;
        if (first < 0x80) {
            return definite(buf, offset, p, first, limit, tag, depth);
        }
        if (first == 0x80) {
            if ((tag & 0x20) == 0) {
                throw new DerException("indefinite length on a primitive element at offset " + offset);
            }
            int q = p;
            while (true) {
                if (q + 2 <= limit && buf[q] == 0 && buf[q + 1] == 0) {
                    return new Der(buf, offset, p, q, q + 2, tag, depth);
                }
                Der child = read(buf, q, limit, depth + 1);
                q = child.end;
            }
        }
        int count = first & 0x7F;
        if (count > 4) {
            throw new DerException("length field too long at offset " + offset);
        }
        if (p + count > limit) {
            throw new DerException("truncated length at offset " + offset);
        }
        long len = 0;
        for (int i = 0; i < count; i++) {
            len = (len << 8) | (buf[p++] & 0xFF);
        }
        if (len > Integer.MAX_VALUE) {
            throw new DerException("length too large at offset " + offset);
        }
        return definite(buf, offset, p, (int) len, limit, tag, depth);
    }

    private static Der definite(byte[] buf, int start, int valueStart, int len, int limit, int tag, int depth) {
        if (len > limit - valueStart) {
            throw new DerException("truncated: element at offset " + start + " declares " + len
                    + " bytes, " + (limit - valueStart) + " remain");
        }
        return new Der(buf, start, valueStart, valueStart + len, valueStart + len, tag, depth);
    }

    public byte[] buffer() {
        return buf;
    }

    public boolean isConstructed() {
        return (tag & 0x20) != 0;
    }

    public boolean isIndefinite() {
        return valueEnd != end;
    }

    public int length() {
        return valueEnd - valueStart;
    }

    /** Whether this is a context-specific tag [n]. */
    public boolean isContext(int n) {
        return (tag & 0xC0) == 0x80 && (tag & 0x1F) == n;
    }

    public Der expect(int expectedTag, String what) {
        if (tag != expectedTag) {
            throw new DerException(what + ": expected tag 0x" + Integer.toHexString(expectedTag)
                    + ", found 0x" + Integer.toHexString(tag) + " at offset " + start);
        }
        return this;
    }

    /** The elements inside this constructed element. */
    public List<Der> children() {
        if (!isConstructed()) {
            throw new DerException("expected a constructed element at offset " + start);
        }
        List<Der> out = new ArrayList<>(8);
        int p = valueStart;
        while (p < valueEnd) {
            Der c = read(buf, p, valueEnd, depth + 1);
            out.add(c);
            p = c.end;
        }
        return out;
    }

    /** The first child of this constructed element (e.g. the content of an explicit tag). */
    public Der first() {
        if (!isConstructed() || valueStart >= valueEnd) {
            throw new DerException("expected a non-empty constructed element at offset " + start);
        }
        return read(buf, valueStart, valueEnd, depth + 1);
    }

    /** The exact encoding of this element. */
    public byte[] encoded() {
        return Arrays.copyOfRange(buf, start, end);
    }

    /** The content octets (for a constructed OCTET STRING, the concatenated segments). */
    public byte[] value() {
        if (isConstructed() && (tag & 0x1F) == OCTET_STRING) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(length());
            for (Der c : children()) {
                byte[] v = c.value();
                out.write(v, 0, v.length);
            }
            return out.toByteArray();
        }
        return Arrays.copyOfRange(buf, valueStart, valueEnd);
    }

    public BigInteger integer() {
        expect(INTEGER, "INTEGER");
        if (length() == 0) {
            throw new DerException("empty INTEGER at offset " + start);
        }
        return new BigInteger(value());
    }

    public int smallInt(String what) {
        BigInteger v = integer();
        if (v.bitLength() > 31) {
            throw new DerException(what + " out of range");
        }
        return v.intValue();
    }

    /** Dotted string of an OBJECT IDENTIFIER (the few dozen OIDs documents use are cached). */
    public String oid() {
        expect(OID, "OBJECT IDENTIFIER");
        if (length() == 0 || length() > 64) {
            throw new DerException("bad OBJECT IDENTIFIER length at offset " + start);
        }
        OidKey key = new OidKey(buf, valueStart, valueEnd);
        String cached = OID_CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        String s = decodeOid();
        if (OID_CACHE.size() < 1024) {
            OID_CACHE.putIfAbsent(new OidKey(Arrays.copyOfRange(buf, valueStart, valueEnd), 0, length()), s);
        }
        return s;
    }

    private static final java.util.concurrent.ConcurrentHashMap<OidKey, String> OID_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Content octets of an OID as a map key, without copying for look-ups. */
    private static final class OidKey {
        private final byte[] b;
        private final int from;
        private final int to;
        private final int hash;

        OidKey(byte[] b, int from, int to) {
            this.b = b;
            this.from = from;
            this.to = to;
            int h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OidKey k && k.hash == hash && Arrays.equals(b, from, to, k.b, k.from, k.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private String decodeOid() {
        StringBuilder sb = new StringBuilder(32);
        long v = 0;
        boolean firstArc = true;
        for (int i = valueStart; i < valueEnd; i++) {
            int b = buf[i] & 0xFF;
            if (v > (Long.MAX_VALUE >> 8)) {
                throw new DerException("OBJECT IDENTIFIER arc too large at offset " + start);
            }
            v = (v << 7) | (b & 0x7F);
            if ((b & 0x80) == 0) {
                if (firstArc) {
                    int a = v < 40 ? 0 : v < 80 ? 1 : 2;
                    sb.append(a).append('.').append(v - 40L * a);
                    firstArc = false;
                } else {
                    sb.append('.').append(v);
                }
                v = 0;
            } else if (i == valueEnd - 1) {
                throw new DerException("truncated OBJECT IDENTIFIER at offset " + start);
            }
        }
        return sb.toString();
    }

    /** Whether the content octets equal {@code other}. */
    public boolean valueEquals(byte[] other) {
        return Arrays.equals(buf, valueStart, valueEnd, other, 0, other.length);
    }
}
