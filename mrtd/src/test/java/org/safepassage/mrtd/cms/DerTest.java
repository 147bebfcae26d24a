package org.safepassage.mrtd.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class DerTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void readsDefiniteIndefiniteAndHighTagNumberElements() {
        Der seq = Der.parse(hex("30 80 02 01 05 5F1F 02 41 42 00 00"));
        assertThat(seq.isIndefinite()).isTrue();
        assertThat(seq.children()).hasSize(2);
        assertThat(seq.children().get(0).smallInt("n")).isEqualTo(5);
        assertThat(seq.children().get(1).value()).containsExactly('A', 'B');
        assertThat(seq.end).isEqualTo(12);
    }

    @Test
    void constructedOctetStringConcatenatesItsSegments() {
        Der os = Der.parse(hex("24 80 04 02 01 02 04 01 03 00 00"));
        assertThat(os.value()).containsExactly(1, 2, 3);
    }

    @Test
    void decodesObjectIdentifiersAndNonMinimalLengths() {
        assertThat(Der.parse(hex("06 06 67 81 08 01 01 01")).oid()).isEqualTo("2.23.136.1.1.1");
        assertThat(Der.parse(hex("06 09 2A 86 48 86 F7 0D 01 07 02")).oid()).isEqualTo("1.2.840.113549.1.7.2");
        assertThat(Der.parse(hex("04 83 00 00 02 AA BB")).value()).containsExactly(0xAA, 0xBB);
    }

    @Test
    void malformedInputThrowsDerExceptionOnly() {
        assertThatThrownBy(() -> Der.parse(new byte[0])).isInstanceOf(DerException.class);
        assertThatThrownBy(() -> Der.parse(hex("30 05 02 01"))).isInstanceOf(DerException.class).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Der.parse(hex("30 84 7F FF FF FF 00"))).isInstanceOf(DerException.class);
        assertThatThrownBy(() -> Der.parse(hex("30 85 01 00 00 00 00"))).isInstanceOf(DerException.class);
        assertThatThrownBy(() -> Der.parse(hex("04 80 00 00"))).isInstanceOf(DerException.class);
        assertThatThrownBy(() -> Der.parse(hex("30 80 02 01 05"))).isInstanceOf(DerException.class);
        assertThatThrownBy(() -> Der.parse(hex("06 02 2A 86")).oid()).isInstanceOf(DerException.class);
        byte[] deep = new byte[200];
        for (int i = 0; i < deep.length; i += 2) {
            deep[i] = 0x30;
            deep[i + 1] = (byte) 0x80;
        }
        assertThatThrownBy(() -> Der.parse(deep)).isInstanceOf(DerException.class).hasMessageContaining("deeply");
    }
}
