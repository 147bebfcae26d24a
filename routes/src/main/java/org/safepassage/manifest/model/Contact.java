package org.safepassage.manifest.model;

/**
 * The sender's contact for the list (PAXLST NAD+MS and COM).
 *
 * @param name      contact name or department, or {@code null}
 * @param telephone telephone ({@code TE}), or {@code null}
 * @param fax       fax ({@code FX}), or {@code null}
 * @param email     e-mail ({@code EM}), or {@code null}
 */
public record Contact(String name, String telephone, String fax, String email) {
}
