package org.safepassage.ingest.paxlst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safepassage.ingest.edifact.TestInputs.D05B_FAMILY;
import static org.safepassage.ingest.edifact.TestInputs.only;
import static org.safepassage.ingest.edifact.TestInputs.parse;
import static org.safepassage.ingest.edifact.TestInputs.warningTexts;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.ListType;
import org.safepassage.manifest.model.PassengerMessage;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/** Hand-written PAXLST cases: what the rules downstream rely on, and each tolerated deviation. */
class PaxlstMapperTest {

    private static PassengerMessage family(String from, String to) {
        return only(parse(D05B_FAMILY.replace(from, to)));
    }

    @Test
    void travellersCarryWhatTheMinorRulesNeed() {
        PassengerMessage m = only(parse(D05B_FAMILY));
        assertThat(m.departureDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(m.travellers()).extracting(Traveller::role).containsExactly(TravellerRole.PASSENGER,
                TravellerRole.PASSENGER, TravellerRole.PASSENGER, TravellerRole.CREW);

        Traveller mother = m.travellers().get(0);
        assertThat(mother.bookingReference()).isEqualTo("BK0001");
        assertThat(mother.middleNames()).isEqualTo("MARIA");
        assertThat(mother.seat()).isEqualTo("12A");
        assertThat(mother.documents().get(0).typeCode()).isEqualTo("P");

        Traveller child = m.travellers().get(1);
        assertThat(child.dateOfBirth().date()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(child.documents().get(0).issueDate()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(child.documents().get(0).expiry()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(m.travellersOnBooking("BK0001")).containsExactly(mother, child);

        Traveller lone = m.travellers().get(2);
        assertThat(lone.dateOfBirth().status()).isEqualTo(DateOfBirth.Status.PARTIAL);
        assertThat(lone.dateOfBirth().date()).isNull();
        assertThat(lone.dateOfBirth().year()).isEqualTo(2012);
        assertThat(lone.dateOfBirth().month()).isEqualTo(3);
        assertThat(lone.documentsVerified()).isTrue();
        assertThat(lone.documents()).isEmpty();

        Traveller crew = m.travellers().get(3);
        assertThat(crew.sex()).isEqualTo(Sex.UNSPECIFIED);
        assertThat(crew.dateOfBirth().date()).isEqualTo(LocalDate.of(1979, 1, 1));
        assertThat(m.counts().crew()).isEqualTo(1);
        assertThat(m.reportingParty().email()).isEqualTo("ops@example.test");
        assertThat(m.transactionReference()).isEqualTo("TX0001");
    }

    @Test
    void unknownQualifiersAreKeptAsWarningsAndTheRestIsRead() {
        PassengerMessage m = family("LOC+179+LIS'", "LOC+179+LIS'\nLOC+999+XXX'\nDTM+777:240101'\nZZZ+1'\nRFF+QQQ:V1'");
        assertThat(m.travellers()).hasSize(4);
        assertThat(m.travellers().get(0).references()).extracting(r -> r.qualifier()).containsExactly("QQQ");
        assertThat(m.travellers().get(0).nationality()).isEqualTo("CHE");
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("location qualifier 999"))
                .anySatisfy(w -> assertThat(w).contains("date qualifier 777"))
                .anySatisfy(w -> assertThat(w).contains("segment ZZZ is not a PAXLST segment"));
    }

    @Test
    void oneBrokenTravellerGroupAmongGoodOnesIsAcceptedWithWarnings() {
        // the second traveller has no name, an impossible birth date, a bad sex code and an undated document
        PassengerMessage m = family("NAD+FL+++EXAMPLE:LUCA'\nATT+2++M'\nDTM+329:150630'",
                "NAD+FL'\nATT+2++Q'\nDTM+329:15063'\nDTM+36:999999'");
        assertThat(m.travellers()).hasSize(4);
        Traveller broken = m.travellers().get(1);
        assertThat(broken.surname()).isNull();
        assertThat(broken.sex()).isNull();
        assertThat(broken.dateOfBirth().status()).isEqualTo(DateOfBirth.Status.INVALID);
        assertThat(broken.dateOfBirth().raw()).isEqualTo("15063");
        assertThat(m.travellers().get(2).surname()).isEqualTo("SAMPLE");
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("traveller 2 has no surname"))
                .anySatisfy(w -> assertThat(w).contains("date of birth of traveller 2 is not a valid date"))
                .anySatisfy(w -> assertThat(w).contains("sex code of traveller 2"))
                .anySatisfy(w -> assertThat(w).contains("document date without a DOC segment"));
    }

    @Test
    void impossibleDocumentDatesAreKeptRawWithAWarning() {
        PassengerMessage m = family("DTM+36:291231", "DTM+36:290230");
        assertThat(m.travellers().get(0).documents().get(0).expiry()).isNull();
        assertThat(m.travellers().get(0).documents().get(0).expiryRaw()).isEqualTo("290230");
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("document expiry of traveller 1"));
    }

    @Test
    void anExpiryImplausiblyFarAheadIsReadInThe1900s() {
        PassengerMessage m = family("DTM+36:291231", "DTM+36:991231");
        assertThat(m.travellers().get(0).documents().get(0).expiry()).isEqualTo(LocalDate.of(1999, 12, 31));
    }

    @Test
    void departureFromLoc22WhenTheFeedUsesItInsteadOfLoc125() {
        PassengerMessage m = family("LOC+125+ZRH'", "LOC+22+ZRH'");
        assertThat(m.legs().get(0).departureAirport()).isEqualTo("ZRH");
        assertThat(m.legs().get(0).arrivalAirport()).isEqualTo("LIS");
    }

    @Test
    void aDateWithoutTimeKeepsTheDate() {
        PassengerMessage m = family("DTM+189:2403011030:201", "DTM+189:20240301:102");
        assertThat(m.legs().get(0).departureDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(m.legs().get(0).departureTime()).isNull();
        assertThat(m.legs().get(0).scheduledDeparture()).isNull();
        assertThat(m.legs().get(0).key().departureDate()).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void severalTdtGroupsAreSeveralLegs() {
        PassengerMessage m = family("NAD+FL+++EXAMPLE:ANNA:MARIA'",
                "TDT+20+XY0043+++XY'\nLOC+125+LIS'\nDTM+189:2403011400:201'\nLOC+87+FNC'\nDTM+232:2403011545:201'\n"
                        + "NAD+FL+++EXAMPLE:ANNA:MARIA'");
        assertThat(m.legs()).hasSize(2);
        assertThat(m.legs().get(1).key()).hasToString("XY43/LIS/2024-03-01");
        assertThat(m.travellers()).hasSize(4);
    }

    @Test
    void splitListsAndChangeListsAreIdentified() {
        PassengerMessage part2 = family("UNH+M1+PAXLST:D:05B:UN:IATA+CAR77+01:F'", "UNH+M1+PAXLST:D:05B:UN:IATA+CAR77+02:C'");
        assertThat(part2.sequence().number()).isEqualTo(2);
        assertThat(part2.sequence().finalPart()).isFalse();
        assertThat(part2.commonAccessReference()).isEqualTo("CAR77");
        PassengerMessage last = family("UNH+M1+PAXLST:D:05B:UN:IATA+CAR77+01:F'", "UNH+M1+PAXLST:D:05B:UN:IATA+CAR77+03:F'");
        assertThat(last.sequence().finalPart()).isTrue();
        assertThat(last.sequence().isSplit()).isTrue();

        PassengerMessage change = family("BGM+745'", "BGM+745+CP'");
        assertThat(change.change()).isTrue();
        assertThat(change.documentIdentifier()).isEqualTo("CP");
        PassengerMessage crewChange = family("BGM+745'", "BGM+250+CC'");
        assertThat(crewChange.listType()).isEqualTo(ListType.CREW);
        assertThat(crewChange.change()).isTrue();
        PassengerMessage closed = family("BGM+745'", "BGM+266+CLOB'");
        assertThat(closed.listType()).isEqualTo(ListType.FLIGHT_STATUS);
        assertThat(closed.change()).isFalse();
    }

    @Test
    void inTransitAndUnknownRolesAreDistinguished() {
        PassengerMessage m = family("NAD+FL+++SAMPLE:NOAH'", "NAD+DDT+++SAMPLE:NOAH'");
        assertThat(m.travellers().get(2).role()).isEqualTo(TravellerRole.IN_TRANSIT_PASSENGER);
        PassengerMessage other = family("NAD+FM+++CREWMAN:PAT'", "NAD+ZZ+++CREWMAN:PAT'");
        assertThat(other.travellers().get(3).role()).isEqualTo(TravellerRole.OTHER);
        assertThat(other.travellers().get(3).roleCode()).isEqualTo("ZZ");
        assertThat(warningTexts(other)).anySatisfy(w -> assertThat(w).contains("party qualifier ZZ"));
    }

    @Test
    void aListWithoutAFlightDateResolvesBirthDatesAgainstTheInterchangeDate() {
        PassengerMessage m = only(parse(D05B_FAMILY.replace("DTM+189:2403011030:201'\n", "")
                .replace("DTM+232:2403011215:201'\n", "").replace("UNT+43", "UNT+41")));
        assertThat(m.departureDate()).isNull();
        assertThat(m.travellers().get(1).dateOfBirth().date()).isEqualTo(LocalDate.of(2015, 6, 30));
        assertThat(warningTexts(m)).anySatisfy(w -> assertThat(w).contains("resolved against the interchange date"))
                .anySatisfy(w -> assertThat(w).contains("leg 1 has no departure date"));
    }
}
