package org.safepassage.manifest.model;

/**
 * A PNR special service request ({@code SSR+DOCS}, {@code INFT}, {@code UMNR}, {@code DOCO},
 * {@code SEAT}, ...), kept as written.
 *
 * @param code            SSR code, e.g. {@code UMNR}
 * @param status          action/status code, e.g. {@code HK}, or {@code null}
 * @param carrier         airline the request is for, or {@code null}
 * @param boardPoint      board point when the request is for one leg, or {@code null}
 * @param offPoint        off point when the request is for one leg, or {@code null}
 * @param text            free text (for UMNR usually the age, e.g. {@code UM10}), or {@code null}
 * @param travellerRef    PNR traveller reference the request belongs to (TIF reference), or {@code null}
 * @param segmentPosition position of the SSR segment in the interchange
 */
public record SpecialServiceRequest(
        String code,
        String status,
        String carrier,
        String boardPoint,
        String offPoint,
        String text,
        String travellerRef,
        int segmentPosition) {

    /** This request with {@code fix} applied to every text value. */
    public SpecialServiceRequest withText(TextFix fix) {
        return new SpecialServiceRequest(fix.apply("SSR code", code), fix.apply("SSR status", status),
                fix.apply("SSR carrier", carrier), fix.apply("SSR board point", boardPoint),
                fix.apply("SSR off point", offPoint), fix.apply("SSR text", text),
                fix.apply("SSR traveller reference", travellerRef), segmentPosition);
    }

    /** Age declared in UMNR free text ({@code UM10}, {@code UM 10}, {@code UMNR 10YRS}), or {@code null}. */
    public Integer declaredUnaccompaniedMinorAge() {
        if (!"UMNR".equals(code) || text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|\\D)UM\\s*(?:NR)?\\s*(\\d{1,2})(?!\\d)")
                .matcher(text.toUpperCase(java.util.Locale.ROOT));
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = java.util.regex.Pattern.compile("(?:^|\\D)(\\d{1,2})\\s*(?:YRS?|YEARS?|Y)(?![A-Z])")
                .matcher(text.toUpperCase(java.util.Locale.ROOT));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
