package org.safepassage.protection;

/**
 * One fact an indicator relied on.
 *
 * @param field  what it is, e.g. {@code dateOfBirth}, {@code bookingReference}, {@code ssr}, {@code formOfPayment}
 * @param value  the value as used (for an officer), e.g. {@code 2010-03-14 (written 100314)}
 * @param origin where it came from, e.g. {@code PAXLST DTM+329}, {@code PNR SSR UMNR}, {@code document read}
 */
public record Evidence(String field, String value, String origin) {

    /** Field and origin only: the value may be personal data. */
    @Override
    public String toString() {
        return "Evidence[" + field + " from " + origin + "]";
    }
}
