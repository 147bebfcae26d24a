package org.safepassage.manifest.model;

/**
 * A form of payment of a booking (PNRGOV FOP). Card numbers are not kept.
 *
 * @param code   form of payment code: {@code CA} cash, {@code CC} credit card, {@code CK} cheque,
 *               {@code MS} miscellaneous, ... as written
 * @param amount amount as written, or {@code null}
 * @param vendor card vendor code (e.g. {@code VI}, {@code AX}), or {@code null}
 */
public record FormOfPayment(String code, String amount, String vendor) {

    /** {@code true} for cash ({@code CA}). */
    public boolean isCash() {
        return "CA".equals(code);
    }
}
