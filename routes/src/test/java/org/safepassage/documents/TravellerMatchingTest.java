package org.safepassage.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safepassage.manifest.TravellerLookup.Candidate;
import org.safepassage.manifest.model.DateOfBirth;
import org.safepassage.manifest.model.DocumentSource;
import org.safepassage.manifest.model.PassengerType;
import org.safepassage.manifest.model.Sex;
import org.safepassage.manifest.model.TravelDocument;
import org.safepassage.manifest.model.Traveller;
import org.safepassage.manifest.model.TravellerRole;

/** Joining a read document to its traveller: the real-world differences between a chip, an OCR and a booking. */
class TravellerMatchingTest {

    private static final LocalDate BORN = LocalDate.of(2018, 3, 14);

    private static ReadHolder read(String number, String state, LocalDate born, String surname, String given,
                                   String nationality) {
        return new ReadHolder("DG1", number, state, nationality, born, surname, given, "F", LocalDate.of(2030, 1, 1));
    }

    private static Candidate candidate(String id, String surname, String given, LocalDate born, String nationality,
                                       String number, String state) {
        TravelDocument doc = number == null ? null : new TravelDocument(DocumentSource.PAXLST_DOC, "P", number, state,
                LocalDate.of(2030, 1, 1), "300101", null, null, null, null, null, null, false, null, null, 10);
        Traveller t = new Traveller(1, 1, TravellerRole.PASSENGER, "FL", surname, given, null, Sex.FEMALE,
                born == null ? DateOfBirth.missing() : DateOfBirth.of(born), nationality, null, null, "IST", "LHR", null,
                "BK1", null, null, PassengerType.UNKNOWN, null, null, null, null, doc == null ? List.of() : List.of(doc),
                List.of(), List.of());
        return new Candidate(id, "ZZ101-IST-2026-12-01", t);
    }

    @Test
    void theDocumentNumberIssuingStateAndDateOfBirthJoinTheRead() {
        var outcome = TravellerMatching.match(read("SPX000123", "TUR", BORN, "DEMIRCAN", "ELIF", "TUR"), List.of(
                candidate("t1", "DEMIRCAN", "ELIF", BORN, "TUR", "SPX000123", "TUR"),
                candidate("t2", "OTHER", "CHILD", BORN, "TUR", "SPX000999", "TUR")), "on flight ZZ101");

        assertThat(outcome.status()).isEqualTo(TravellerMatching.Status.MATCHED);
        assertThat(outcome.matched().travellerId()).isEqualTo("t1");
        assertThat(outcome.by()).isEqualTo("document number, issuing state and date of birth");
    }

    @Test
    void ocrConfusionsInTheDocumentNumberAndOneLetterStateCodesAreForgiven() {
        // the airline keyed O for 0, I for 1, B for 8; the MRZ writes Germany as D
        var outcome = TravellerMatching.match(read("C01X08T47", "D", BORN, "MUSTERMANN", "ERIKA", "D"),
                List.of(candidate("t1", "Mustermann", "Erika", BORN, "DEU", "CO1XO8T47", "DE")), "here");

        assertThat(outcome.status()).isEqualTo(TravellerMatching.Status.MATCHED);
        assertThat(outcome.by()).contains("OCR confusion");

        var letterB = TravellerMatching.match(read("C01X08T47", "DEU", BORN, "X", "Y", "DEU"),
                List.of(candidate("t1", "Mustermann", "Erika", BORN, "DEU", "CO1XOBT47", "D")), "here");
        assertThat(letterB.status()).isEqualTo(TravellerMatching.Status.MATCHED);
    }

    @Test
    void aReadWhoseDateOfBirthWasChangedStillJoinsByDocumentNumberAndState() {
        // a forged chip or page makes the child older: the document number and issuing state still say who it is,
        // and the airline-data check then fails on the date of birth
        var outcome = TravellerMatching.match(read("SPX000123", "TUR", BORN.minusYears(4), "DEMIRCAN", "ELIF", "TUR"),
                List.of(candidate("t1", "DEMIRCAN", "ELIF", BORN, "TUR", "SPX000123", "TUR")), "here");

        assertThat(outcome.status()).isEqualTo(TravellerMatching.Status.MATCHED);
        assertThat(outcome.by()).contains("the date of birth differs");
    }

    @Test
    void withoutAMatchingDocumentTheNameDateOfBirthAndNationalityJoinTruncatedAndTransliteratedNames() {
        // the airline has no document for the child; the MRZ truncates the long surname and writes AE for Ä
        ReadHolder chip = read("X1234567", "DEU", BORN, "SCHWARZENBERGER MUELLER", "MAELLE", "DEU");
        var outcome = TravellerMatching.match(chip, List.of(
                candidate("t1", "Schwarzenberger Müller", "Maëlle Sophie", BORN, "DE", null, null),
                candidate("t2", "Schwarzenberger Müller", "Maëlle", BORN.plusDays(1), "DEU", null, null)), "here");

        assertThat(outcome.status()).isEqualTo(TravellerMatching.Status.MATCHED);
        assertThat(outcome.matched().travellerId()).isEqualTo("t1");
        assertThat(outcome.by()).isEqualTo("name, date of birth and nationality");

        var spelling = TravellerMatching.match(read(null, "SYR", BORN, "MOHAMMED", "AMINA", "SYR"),
                List.of(candidate("t1", "MOHAMED", "AMINA", BORN, "SYR", null, null)), "here");
        assertThat(spelling.status()).isEqualTo(TravellerMatching.Status.MATCHED);
    }

    @Test
    void missingFieldsOnEitherSideDoNotPreventAJoinButAConflictingNationalityDoes() {
        assertThat(TravellerMatching.match(read("SPX1", "TUR", BORN, "A", "B", "TUR"),
                List.of(candidate("t1", "DEMIRCAN", "ELIF", null, null, "SPX1", "TUR")), "here").status())
                .isEqualTo(TravellerMatching.Status.MATCHED);
        assertThat(TravellerMatching.match(read(null, "TUR", BORN, "DEMIRCAN", "ELIF", "TUR"),
                List.of(candidate("t1", "DEMIRCAN", "ELIF", BORN, "GBR", null, null)), "here").status())
                .isEqualTo(TravellerMatching.Status.UNMATCHED);
        assertThat(TravellerMatching.match(read("SPX1", "TUR", BORN, "DEMIRCAN", "ELIF", "TUR"),
                List.of(candidate("t1", "OTHER", "PERSON", BORN, "TUR", "SPX1", "GRC")), "here").status())
                .as("same number issued by another state").isEqualTo(TravellerMatching.Status.UNMATCHED);
    }

    @Test
    void twoTravellersThatFitAreNotGuessedBetween() {
        // twins on one booking without documents in the airline data: same surname, date of birth, nationality
        var outcome = TravellerMatching.match(read("SPX7", "TUR", BORN, "KAYA", "DEFNE", "TUR"), List.of(
                candidate("t1", "KAYA", "DEFNE", BORN, "TUR", null, null),
                candidate("t2", "KAYA", "DENIZ", BORN, "TUR", null, null),
                candidate("t3", "KAYA", "DEFNE", BORN, "TUR", null, null)), "here");

        assertThat(outcome.status()).isEqualTo(TravellerMatching.Status.AMBIGUOUS);
        assertThat(outcome.matched()).isNull();
        assertThat(outcome.candidates()).containsExactly("t1", "t3");
    }

    @Test
    void aReadWithNothingToJoinBySaysSo() {
        assertThat(TravellerMatching.match(null, List.of(), "here").by()).contains("nothing to join the read by");
        assertThat(TravellerMatching.match(read("SPX1", "TUR", BORN, "A", "B", "TUR"), List.of(), "on flight ZZ1").by())
                .contains("no traveller on flight ZZ1");
    }
}
