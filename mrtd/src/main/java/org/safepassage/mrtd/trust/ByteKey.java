package org.safepassage.mrtd.trust;

import java.util.Arrays;

/** A byte array as a map key (exact-bytes equality). The array must not be changed afterwards. */
public final class ByteKey {
    private final byte[] bytes;
    private final int hash;

    public ByteKey(byte[] bytes) {
        this.bytes = bytes;
        // certificates end with their signature: its last bytes spread the hash well, and hashing
        // 64 bytes instead of the whole certificate keeps cache look-ups cheap; equality is exact
        int from = Math.max(0, bytes.length - 64);
        int h = bytes.length;
        for (int i = from; i < bytes.length; i++) {
            h = 31 * h + bytes[i];
        }
        this.hash = h;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByteKey k && k.hash == hash && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
