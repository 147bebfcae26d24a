package org.safepassage.mrtd;

import org.safepassage.mrtd.lds.IdentityFields;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a document reader delivered for one travel document.
 *
 * @param com         EF.COM bytes, or null
 * @param sod         EF.SOD bytes, or null (then Passive Authentication is SKIPPED and the verdict cannot be VALID)
 * @param dataGroups  data group bytes by number 1..16 (never null)
 * @param printedMrz  the printed MRZ as read by OCR (lines separated by newlines), or null
 * @param aaChallenge Active Authentication challenge, or null
 * @param aaResponse  the chip's response to it, or null
 * @param identity    identity fields from airline data to compare with DG1 and the printed MRZ, or null
 * @param at          the verification instant, or null for now
 * @param chipAuthentication Chip Authentication as the reader reports it, or null when not reported
 */
public record DocumentRead(byte[] com, byte[] sod, Map<Integer, byte[]> dataGroups, String printedMrz, byte[] aaChallenge,
                           byte[] aaResponse, IdentityFields identity, Instant at, ReaderResult chipAuthentication) {

    /** A protocol result the reader reports (Chip Authentication runs between reader and chip). */
    public enum ReaderResult { PASSED, FAILED, NOT_PERFORMED }

    public DocumentRead {
        dataGroups = dataGroups == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(dataGroups));
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String toString() {
        return "DocumentRead[com=" + (com != null) + ", sod=" + (sod == null ? "none" : sod.length + " bytes") + ", dataGroups=" + dataGroups.keySet()
                + ", printedMrz=" + (printedMrz != null) + ", aa=" + (aaChallenge != null) + ", identity=" + (identity != null)
                + ", at=" + at + ", chipAuthentication=" + chipAuthentication + "]";
    }

    /** Builder for {@link DocumentRead}. */
    public static final class Builder {
        private byte[] com;
        private byte[] sod;
        private final Map<Integer, byte[]> dataGroups = new TreeMap<>();
        private String printedMrz;
        private byte[] aaChallenge;
        private byte[] aaResponse;
        private IdentityFields identity;
        private Instant at;
        private ReaderResult chipAuthentication;

        public Builder com(byte[] com) {
            this.com = com;
            return this;
        }

        public Builder sod(byte[] sod) {
            this.sod = sod;
            return this;
        }

        public Builder dataGroup(int number, byte[] bytes) {
            if (number < 1 || number > 16) {
                throw new IllegalArgumentException("data group number must be 1..16: " + number);
            }
            dataGroups.put(number, bytes);
            return this;
        }

        public Builder dataGroups(Map<Integer, byte[]> groups) {
            groups.forEach(this::dataGroup);
            return this;
        }

        public Builder printedMrz(String mrz) {
            this.printedMrz = mrz;
            return this;
        }

        public Builder activeAuthentication(byte[] challenge, byte[] response) {
            this.aaChallenge = challenge;
            this.aaResponse = response;
            return this;
        }

        public Builder identity(IdentityFields identity) {
            this.identity = identity;
            return this;
        }

        public Builder at(Instant at) {
            this.at = at;
            return this;
        }

        public Builder chipAuthentication(ReaderResult result) {
            this.chipAuthentication = result;
            return this;
        }

        public DocumentRead build() {
            return new DocumentRead(com, sod, dataGroups, printedMrz, aaChallenge, aaResponse, identity, at,
                    chipAuthentication);
        }
    }
}
