package org.safepassage.mrtd.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.safepassage.mrtd.lds.ElementaryFiles;

/** Test resources under {@code /mrtd} (see PROVENANCE.md there). */
public final class TestData {

    private TestData() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/mrtd/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hex-text or binary elementary file. */
    public static byte[] ef(String name) {
        return ElementaryFiles.decode(bytes(name));
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }

    public static byte[] bsiSod() {
        return ef("bsi_tr03105_hjp_EF_SOD.hex");
    }

    public static byte[] bsiDg1() {
        return ef("bsi_tr03105_hjp_EF_DG1.hex");
    }

    public static byte[] bsiDg14() {
        return ef("bsi_tr03105_hjp_EF_DG14.hex");
    }

    public static byte[] bsiDscPem() {
        return bytes("bsi_tr03105_hjp_DSC.pem");
    }
}
