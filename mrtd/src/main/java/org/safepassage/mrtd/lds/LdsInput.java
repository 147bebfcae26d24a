package org.safepassage.mrtd.lds;

import java.io.InputStream;

import net.sf.scuba.tlv.TLVInputStream;
import org.safepassage.mrtd.asn1.ArrayInput;

/**
 * Streams to hand JMRTD an elementary file. JMRTD wraps what it reads in SCUBA's
 * {@link TLVInputStream}, which reads one byte at a time: Bouncy Castle then pulls a 1.6 KB EF.SOD
 * through it byte by byte (30 µs, as much as the whole rest of Passive Authentication). For the
 * files whose content JMRTD passes whole to Bouncy Castle or reads in one piece after the outer tag
 * (EF.SOD, DG1, DG14, DG15), {@link #of} gives a TLVInputStream whose block reads go straight to
 * the array (3 µs for the same EF.SOD).
 */
final class LdsInput {

    private LdsInput() {
    }

    /** For EF.SOD, DG1, DG14 and DG15. */
    static InputStream of(byte[] file) {
        return new BlockReads(new ArrayInput(file));
    }

    /** For files JMRTD walks tag by tag (EF.COM, DG2): a plain (unsynchronised) stream. */
    static InputStream plain(byte[] file) {
        return new ArrayInput(file);
    }

    /**
     * A TLVInputStream whose content reads, after JMRTD has read the outer tag and length through
     * it, are served from the array in blocks. JMRTD reads no TLV structure after that point for
     * the files it is used for.
     */
    private static final class BlockReads extends TLVInputStream {
        private final ArrayInput in;

        BlockReads(ArrayInput in) {
            super(in);
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, len);
        }

        @Override
        public int available() {
            return in.available();
        }
    }
}
