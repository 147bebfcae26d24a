package org.safepassage.mrtd.cms;

import org.safepassage.mrtd.asn1.MalformedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where elements stand in the input, lengths as Bouncy Castle reads them (BER included). */
class WireBytesTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void definiteNonMinimalAndIndefiniteLengths() {
        byte[] buf = hex("30 0A 02 01 05 04 83 00 00 02 AA BB 31 80 02 01 07 00 00");
        WireBytes.Span first = WireBytes.element(buf, 0, buf.length);
        assertThat(first).isEqualTo(new WireBytes.Span(0, 2, 12));
        List<WireBytes.Span> parts = WireBytes.children(buf, first);
        assertThat(parts).containsExactly(new WireBytes.Span(2, 4, 5), new WireBytes.Span(5, 10, 12));
        assertThat(parts.get(1).copy(buf)).containsExactly(hex("04 83 00 00 02 AA BB")); // as written, not re-encoded
        WireBytes.Span indefinite = WireBytes.element(buf, 12, buf.length);
        assertThat(indefinite).isEqualTo(new WireBytes.Span(12, 14, 19));
        assertThat(WireBytes.children(buf, indefinite)).containsExactly(new WireBytes.Span(14, 16, 17));
        assertThat(WireBytes.child(buf, first, 1)).isEqualTo(parts.get(1));
    }

    @Test
    void highTagNumbersAreSkipped() {
        byte[] dg1 = hex("61 05 5F 1F 02 41 42");
        WireBytes.Span outer = WireBytes.whole(dg1);
        assertThat(WireBytes.children(dg1, outer)).containsExactly(new WireBytes.Span(2, 5, 7));
    }

    @Test
    void malformedInputThrowsMalformedExceptionOnly() {
        assertThatThrownBy(() -> WireBytes.whole(new byte[0])).isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> WireBytes.whole(hex("30 05 02 01"))).isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> WireBytes.whole(hex("30 84 7F FF FF FF 00"))).isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> WireBytes.whole(hex("30 80 02 01 05"))).isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> WireBytes.whole(hex("30 00 00"))).isInstanceOf(MalformedException.class)
                .hasMessageContaining("after the element");
        byte[] one = hex("30 03 02 01 05");
        assertThatThrownBy(() -> WireBytes.child(one, WireBytes.whole(one), 1)).isInstanceOf(MalformedException.class);
        byte[] deep = new byte[20_000];
        for (int i = 0; i < deep.length; i += 2) {
            deep[i] = 0x30;
            deep[i + 1] = (byte) 0x80;
        }
        assertThatThrownBy(() -> WireBytes.whole(deep)).isInstanceOf(MalformedException.class);
    }
}
