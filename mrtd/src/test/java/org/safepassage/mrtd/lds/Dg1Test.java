package org.safepassage.mrtd.lds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.testing.TestData;
import org.safepassage.mrtd.testing.Tlv;

class Dg1Test {

    private static byte[] dg1(String mrz) {
        return Tlv.of(0x61, Tlv.of(0x5F1F, mrz.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void bsiDg1() {
        Dg1 m = Dg1.read(TestData.bsiDg1());
        assertThat(m.lines()).hasSize(2);
        assertThat(m.issuingState()).isEqualTo("D<<");
        assertThat(m.documentCode()).isEqualTo("P");
        assertThat(m.documentNumber()).isEqualTo("C11T002JM");
    }

    @Test
    void longDocumentNumberContinuesInTheOptionalData() {
        // ICAO Doc 9303 part 11 D.2 (TD2, 12-character document number)
        Dg1 td2 = Dg1.read(dg1("I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<D23145890<UTO3407127M95071227349<<<8"));
        assertThat(td2.documentNumber()).isEqualTo("D23145890734");
        // TD1 (ICAO Doc 9303 part 5 specimen style)
        Dg1 td1 = Dg1.read(dg1("I<UTOD23145890<7349<<<<<<<<<<<3407127M9507122UTO<<<<<<<<<<<2STEVENSON<<PETER<JOHN<<<<<<<<<"));
        assertThat(td1.documentNumber()).isEqualTo("D23145890734");
        assertThat(td1.issuingState()).isEqualTo("UTO");
    }

    @Test
    void notAnMrz() {
        assertThatThrownBy(() -> Dg1.read(dg1("HELLO"))).isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> Dg1.read(dg1("p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10")))
                .isInstanceOf(MalformedException.class);
        assertThatThrownBy(() -> Dg1.read(new byte[] {0x61, 0x00})).isInstanceOf(MalformedException.class);
    }
}
