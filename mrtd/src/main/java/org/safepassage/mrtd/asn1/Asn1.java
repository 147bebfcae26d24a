package org.safepassage.mrtd.asn1;

import java.io.IOException;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.util.Properties;

/** Decoding with Bouncy Castle where every failure becomes a {@link MalformedException}. */
public final class Asn1 {

    private static final String UNSAFE_INTEGER = "org.bouncycastle.asn1.allow_unsafe_integer";

    /** Something to decode that may throw anything Bouncy Castle throws on bad input. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode() throws IOException, java.security.GeneralSecurityException;
    }

    private Asn1() {
    }

    /** A library exception in words: its message, or what its type says when it has none. */
    public static String describe(Throwable e) {
        if (e.getMessage() != null) {
            return e.getMessage();
        }
        return e instanceof java.io.EOFException ? "truncated (the input ends inside an element)"
                : e.getClass().getSimpleName();
    }

    /**
     * Reads the one ASN.1 element that {@code der} holds (BER and DER; nothing may follow it).
     * Constructed elements are decoded when first used (cheaper when only some are), so call this
     * inside {@link #decode} and use the result there.
     */
    public static ASN1Primitive read(byte[] der) throws IOException {
        return read(der, true);
    }

    /** Reads the one ASN.1 element that {@code der} holds, decoding all of it now. */
    public static ASN1Primitive readAll(byte[] der) throws IOException {
        return read(der, false);
    }

    private static ASN1Primitive read(byte[] der, boolean lazy) throws IOException {
        if (der == null || der.length == 0) {
            throw new MalformedException("no input");
        }
        try (ASN1InputStream in = new ASN1InputStream(new ArrayInput(der), der.length, lazy)) {
            ASN1Primitive p = in.readObject();
            if (p == null) {
                throw new MalformedException("no ASN.1 element");
            }
            if (in.available() != 0) {
                throw new MalformedException(in.available() + " bytes after the ASN.1 element");
            }
            return p;
        }
    }

    /**
     * Runs {@code decoder} and turns whatever it throws into a {@link MalformedException} saying
     * {@code what} could not be decoded. INTEGERs with leading zero or sign octets (zero-padded and
     * negative serial numbers, seen in real certificates) are accepted while it runs.
     */
    public static <T> T decode(String what, Decoder<T> decoder) {
        boolean previous = Properties.setThreadOverride(UNSAFE_INTEGER, true);
        try {
            return decoder.decode();
        } catch (MalformedException e) {
            throw e;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            throw new MalformedException(what + ": " + describe(e), e);
        } catch (StackOverflowError e) {
            throw new MalformedException(what + ": ASN.1 nested too deeply");
        } finally {
            Properties.setThreadOverride(UNSAFE_INTEGER, previous);
        }
    }
}
