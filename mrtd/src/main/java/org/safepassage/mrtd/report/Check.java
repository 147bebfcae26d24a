package org.safepassage.mrtd.report;

import java.util.Objects;

/**
 * One verification check with a stable id (e.g. {@code mrz.composite}, {@code sod.signature},
 * {@code dg2.hash}), its status and a detail an officer can read.
 */
public record Check(String id, CheckStatus status, String detail) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
    }

    public static Check pass(String id, String detail) {
        return new Check(id, CheckStatus.PASS, detail);
    }

    public static Check warn(String id, String detail) {
        return new Check(id, CheckStatus.WARN, detail);
    }

    public static Check fail(String id, String detail) {
        return new Check(id, CheckStatus.FAIL, detail);
    }

    public static Check skipped(String id, String detail) {
        return new Check(id, CheckStatus.SKIPPED, detail);
    }

    public static Check unknown(String id, String detail) {
        return new Check(id, CheckStatus.UNKNOWN, detail);
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }
}
