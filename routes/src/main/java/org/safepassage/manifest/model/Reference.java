package org.safepassage.manifest.model;

/**
 * A qualified reference kept as written, e.g. {@code RFF+AEA:1234567890ABC} or a second record
 * locator {@code KE:EDP2RW} of a codeshare booking.
 *
 * @param qualifier the qualifier or owning system, e.g. {@code AEA}, {@code KE}
 * @param value     the reference
 */
public record Reference(String qualifier, String value) {

    /** This reference with {@code fix} applied to both values. */
    public Reference withText(TextFix fix) {
        return new Reference(fix.apply("reference qualifier", qualifier), fix.apply("reference", value));
    }
}
