package org.safepassage.ingest.pnrgov;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;
import static org.safepassage.ingest.edifact.TestInputs.warningTexts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.Booking;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Traveller;

/** Hand-written PNRGOV cases for what the minor-protection rules rely on. Invented identities. */
class PnrgovMapperTest {

    private static final String HEAD = "UNB+IATA:1+XY+SAFEPASSAGE+240301:0800+PN1'"
            + "UNH+1+PNRGOV:13:1:IA+CAR1'MSG+:22'ORG+XY:ZRH'TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'EQN+1'";
    private static final String TAIL = "UNT+99+1'UNZ+1+PN1'";

    private static PassengerMessage pnr(String body) {
        return only(parse(HEAD + body + TAIL));
    }

    @Test
    void anUnaccompaniedMinorCarriesTheUmnrAndItsDeclaredAge() {
        PassengerMessage m = pnr("SRC'RCI+XY:UMN001::150224:0930'DAT+700:150224:0931'"
                + "TIF+SAMPLE+MIACHD:C:1'SSR+UMNR:HK:1:XY:::::UM10+::1'"
                + "SSR+DOCS:HK:1:XY:::::/P/PRT/X0000042/PRT/03MAR13/F/01JAN30/SAMPLE/MIA+::1'FOP+CA::120.00'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'");
        Traveller mia = m.travellers().get(0);
        assertThat(mia.passengerType()).isEqualTo(PassengerType.UNACCOMPANIED_MINOR);
        assertThat(mia.passengerTypeCode()).isEqualTo("C");
        assertThat(mia.givenNames()).isEqualTo("MIA");
        assertThat(mia.ssr("UMNR").declaredUnaccompaniedMinorAge()).isEqualTo(10);
        assertThat(mia.dateOfBirth().date()).isEqualTo(LocalDate.of(2013, 3, 3));
        assertThat(mia.documents().get(0).expiry()).isEqualTo(LocalDate.of(2030, 1, 1));
        Booking b = m.bookings().get(0);
        assertThat(b.isOneWay()).isTrue();
        assertThat(b.paidInCash()).isTrue();
        assertThat(b.bookingDate()).isEqualTo(LocalDate.of(2024, 2, 15));
    }

    @Test
    void anInfantKnownOnlyFromSsrInftBecomesATravellerLinkedToTheAdult() {
        PassengerMessage m = pnr("SRC'RCI+XY:INF001::010224:1000'"
                + "TIF+EXAMPLE+JOMR:A:7'SSR+INFT:HK:1:XY:::ZRH:LIS:EXAMPLE/LINA 05JAN24+::7'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'"
                + "SSR+INFT:HK:1:XY:::ZRH:LIS:EXAMPLE/LINA 05JAN24+::7'");
        assertThat(m.travellers()).hasSize(2);
        Traveller adult = m.travellers().get(0);
        Traveller infant = m.travellers().get(1);
        assertThat(adult.givenNames()).isEqualTo("JO");
        assertThat(infant.isInfant()).isTrue();
        assertThat(infant.surname()).isEqualTo("EXAMPLE");
        assertThat(infant.givenNames()).isEqualTo("LINA");
        assertThat(infant.dateOfBirth().date()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(infant.accompanyingTravellerRef()).isEqualTo("7");
        assertThat(infant.bookingReference()).isEqualTo("INF001");
        assertThat(m.bookings().get(0).travellerCount()).isEqualTo(2);
    }

    @Test
    void anInfantDocsFiledOnTheAdultBelongsToTheInfant() {
        PassengerMessage m = pnr("SRC'RCI+XY:INF002'"
                + "TIF+EXAMPLE+ANAMRS:A:3:1'"
                + "SSR+DOCS:HK:1:XY:::::/P/CHE/X0000007/CHE/02FEB90/F/01JAN31/EXAMPLE/ANA+::3'"
                + "SSR+DOCS:HK:1:XY:::::/P/CHE/X0000008/CHE/10OCT23/FI/10OCT28/EXAMPLE/ELA+::3'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'");
        assertThat(m.travellers()).hasSize(2);
        Traveller ana = m.travellers().get(0);
        Traveller ela = m.travellers().get(1);
        assertThat(ana.documents()).extracting(d -> d.number()).containsExactly("X0000007");
        assertThat(ana.dateOfBirth().date()).isEqualTo(LocalDate.of(1990, 2, 2));
        assertThat(ela.isInfant()).isTrue();
        assertThat(ela.givenNames()).isEqualTo("ELA");
        assertThat(ela.documents()).extracting(d -> d.number()).containsExactly("X0000008");
        assertThat(ela.dateOfBirth().date()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(ela.accompanyingTravellerRef()).isEqualTo("3");
    }

    @Test
    void aTifInfantIsLinkedToTheAdultFlaggedWithAnInfant() {
        PassengerMessage m = pnr("SRC'RCI+XY:INF003'"
                + "TIF+ONE+ADAMR:A:1'TIF+TWO+BEAMS:A:2:1'TIF+TWO+CAL:IN:9'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'");
        assertThat(m.travellers().get(2).accompanyingTravellerRef()).isEqualTo("2");
        assertThat(m.warnings()).noneMatch(w -> w.message().contains("could not be linked"));
    }

    @Test
    void anInfantThatCannotBeLinkedIsKeptWithAWarning() {
        PassengerMessage m = pnr("SRC'RCI+XY:INF004'TIF+ONE+ADAMR:A:1'TIF+TWO+BEAMS:A:2'TIF+TWO+CAL:IN:9'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'");
        assertThat(m.travellers().get(2).isInfant()).isTrue();
        assertThat(m.travellers().get(2).accompanyingTravellerRef()).isNull();
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("could not be linked"));
    }

    @Test
    void unknownDayOfBirthInDocsStaysUnknown() {
        PassengerMessage m = pnr("SRC'RCI+XY:DOB001'TIF+SAMPLE+TOM:A:1'"
                + "SSR+DOCS:HK:1:XY:::::/P/GBR/X0000001/GBR/XXMAR12/M/01JAN30/SAMPLE/TOM+::1'"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'");
        DateOfBirth dob = m.travellers().get(0).dateOfBirth();
        assertThat(dob.status()).isEqualTo(DateOfBirth.Status.PARTIAL);
        assertThat(dob.year()).isEqualTo(2012);
        assertThat(dob.month()).isEqualTo(3);
    }

    @Test
    void segmentsWrappedAcrossLinesAndManyPnrsPerMessage() {
        String body = "SRC'\nRCI+XY:WRP001::010224:1000'\nTIF+EXAM\nPLE+JO:A:1'\nSSR+DOCS:HK:1:XY:::::/P/CHE/X00\n00001/CHE/01JAN80/M/01JAN30/EXAMPLE/JO+::1'\n"
                + "TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'\nTVL+080324:1300:080324:1445+LIS+ZRH+XY+0043'\n"
                + "SRC'\nRCI+XY:WRP002'\nTIF+SAMPLE+AL:A:1'\nTVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'\n";
        PassengerMessage m = pnr(body.replace("EQN+1", "EQN+2"));
        assertThat(m.bookings()).hasSize(2);
        assertThat(m.travellers().get(0).surname()).isEqualTo("EXAMPLE");
        assertThat(m.travellers().get(0).documents().get(0).number()).isEqualTo("X0000001");
        assertThat(m.bookings().get(0).isOneWay()).isFalse();
        assertThat(m.bookings().get(1).isOneWay()).isTrue();
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("EQN declares 1 PNRs but the message holds 2"));
    }

    @Test
    void historyLinesAreNotItinerary() {
        PassengerMessage m = pnr("SRC'RCI+XY:HIS001'TIF+SAMPLE+AL:A:1'TVL+010324:1030:010324:1215+ZRH+LIS+XY+0042'"
                + "ABI+4++++XY'DAT+T:010224:1000'SAC+++X'TVL+050324::050324+LIS+ZRH+XY+0043:S'"
                + "LTS+0/O/SS/XY 43 Y 05MAR 1 LISZRH'");
        assertThat(m.bookings().get(0).itinerary()).hasSize(1);
        assertThat(m.bookings().get(0).isOneWay()).isTrue();
    }
}
