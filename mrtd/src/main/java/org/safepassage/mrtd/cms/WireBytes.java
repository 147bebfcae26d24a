package org.safepassage.mrtd.cms;

import org.safepassage.mrtd.asn1.ArrayInput;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.asn1.Asn1;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1InputStream;

/**
 * Where ASN.1 elements stand in the input, so that a signature can be checked over the bytes as
 * the signer wrote them. Bouncy Castle decodes BER (indefinite and non-minimal lengths) but
 * re-encodes headers in their shortest form; certificates, CRLs and signed attributes that some
 * issuers write that way are signed over their own bytes. The lengths are Bouncy Castle's
 * ({@link ASN1InputStream}); this class only counts the positions they give.
 */
public final class WireBytes {

    /** One element: its first byte, the first byte of its content, and the byte after it. */
    public record Span(int start, int contentStart, int end) {
        public byte[] copy(byte[] buf) {
            return Arrays.copyOfRange(buf, start, end);
        }

        public int length() {
            return end - start;
        }
    }

    private final byte[] buf;
    private final Reader reader;

    private WireBytes(byte[] buf) {
        this.buf = buf;
        this.reader = new Reader(buf);
    }

    /** A reader over {@code buf}, for several look-ups in it (not thread-safe). */
    public static WireBytes of(byte[] buf) {
        return new WireBytes(buf);
    }

    /** The element that starts at {@code offset} and must end by {@code limit}. */
    public static Span element(byte[] buf, int offset, int limit) {
        return of(buf).element(offset, limit);
    }

    /** The element that is the whole of {@code buf}. */
    public static Span whole(byte[] buf) {
        return of(buf).whole();
    }

    /** The elements inside {@code parent} (up to its end-of-contents octets when its length is indefinite). */
    public static List<Span> children(byte[] buf, Span parent) {
        return of(buf).children(parent);
    }

    /** The {@code index}-th element inside {@code parent} (the elements after it are not read). */
    public static Span child(byte[] buf, Span parent, int index) {
        return of(buf).child(parent, index);
    }

    /** The element that starts at {@code offset} and must end by {@code limit}. */
    public Span element(int offset, int limit) {
        return reader.element(offset, limit);
    }

    /** The element that is the whole of the buffer. */
    public Span whole() {
        Span s = element(0, buf.length);
        if (s.end() != buf.length) {
            throw new MalformedException((buf.length - s.end()) + " bytes after the element");
        }
        return s;
    }

    /** The elements inside {@code parent} (up to its end-of-contents octets when its length is indefinite). */
    public List<Span> children(Span parent) {
        List<Span> out = new ArrayList<>(4);
        int p = parent.contentStart();
        int limit = parent.end();
        while (p < limit && !endOfContents(buf, p, limit)) {
            Span c = element(p, limit);
            out.add(c);
            p = c.end();
        }
        return out;
    }

    /** The {@code index}-th element inside {@code parent} (the elements after it are not read). */
    public Span child(Span parent, int index) {
        int p = parent.contentStart();
        int limit = parent.end();
        for (int i = 0; p < limit && !endOfContents(buf, p, limit); i++) {
            Span c = element(p, limit);
            if (i == index) {
                return c;
            }
            p = c.end();
        }
        throw new MalformedException("expected at least " + (index + 1) + " elements at offset " + parent.start());
    }

    private static boolean endOfContents(byte[] buf, int p, int limit) {
        return p + 2 <= limit && buf[p] == 0 && buf[p + 1] == 0;
    }

    private static MalformedException malformed(Throwable e) {
        return e instanceof MalformedException m ? m : new MalformedException(Asn1.describe(e), e);
    }

    /** Bouncy Castle's reader over the buffer, moved to each element it is asked about. */
    private static final class Reader extends ASN1InputStream {
        private final byte[] buf;
        private final ArrayInput in;

        Reader(byte[] buf) {
            this(buf, new ArrayInput(buf));
        }

        private Reader(byte[] buf, ArrayInput in) {
            super(in, buf.length);
            this.buf = buf;
            this.in = in;
        }

        Span element(int offset, int limit) {
            try {
                in.moveTo(offset);
                int tag = read();
                if (tag < 0) {
                    throw new MalformedException("truncated: no element at offset " + offset);
                }
                if ((tag & 0x1F) == 0x1F) { // tag number in the following octets: skip them
                    int b;
                    do {
                        b = read();
                    } while (b >= 0 && (b & 0x80) != 0);
                }
                int length = readLength();
                int contentStart = in.position();
                if (length >= 0) {
                    if (length > limit - contentStart) {
                        throw new MalformedException("truncated: element at offset " + offset + " declares " + length
                                + " bytes, " + (limit - contentStart) + " remain");
                    }
                    return new Span(offset, contentStart, contentStart + length);
                }
                // indefinite length: Bouncy Castle reads the element to its end-of-contents octets
                ArrayInput whole = new ArrayInput(buf);
                whole.moveTo(offset);
                try (ASN1InputStream elementIn = new ASN1InputStream(whole, limit)) {
                    if (elementIn.readObject() == null) {
                        throw new MalformedException("truncated element at offset " + offset);
                    }
                }
                if (whole.position() > limit) {
                    throw new MalformedException("element at offset " + offset + " runs past its container");
                }
                return new Span(offset, contentStart, whole.position());
            } catch (IOException | RuntimeException e) {
                throw malformed(e);
            } catch (StackOverflowError e) {
                throw new MalformedException("ASN.1 nested too deeply");
            }
        }
    }
}
