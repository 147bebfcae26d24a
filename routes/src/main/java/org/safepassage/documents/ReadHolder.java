package org.safepassage.documents;

import java.time.LocalDate;

import org.safepassage.mrtd.asn1.MalformedException;
import org.safepassage.mrtd.lds.Dg1;
import org.safepassage.mrtd.mrz.Countries;
import org.safepassage.mrtd.mrz.MrzData;
import org.safepassage.mrtd.mrz.MrzReader;

/**
 * Who a read document says its holder is: DG1's MRZ when the chip's DG1 can be read, else the printed MRZ as the
 * reader's OCR read it. What a read is joined to a traveller by. {@link #toString()} carries no personal data.
 *
 * @param from           {@code DG1} or {@code printed MRZ}
 * @param issuingState   alpha-3 ({@code D} becomes {@code DEU}), or as printed when unknown
 * @param nationality    alpha-3, or as printed when unknown
 * @param dateOfBirth    null when a part is unknown or the date impossible
 */
record ReadHolder(String from, String documentNumber, String issuingState, String nationality, LocalDate dateOfBirth,
                  String surname, String givenNames, String sex, LocalDate dateOfExpiry) {

    /** The holder from DG1, else from the printed MRZ; null when neither can be read. */
    static ReadHolder of(byte[] dg1, String printedMrz, LocalDate referenceDate) {
        if (dg1 != null) {
            try {
                MrzData chip = Dg1.read(dg1).mrz(referenceDate);
                if (chip != null) {
                    return of("DG1", chip);
                }
            } catch (MalformedException e) {
                // not readable: the printed MRZ may be
            }
        }
        if (printedMrz != null && !printedMrz.isBlank()) {
            MrzData printed = MrzReader.read(printedMrz, referenceDate).data();
            if (printed != null) {
                return of("printed MRZ", printed);
            }
        }
        return null;
    }

    private static ReadHolder of(String from, MrzData d) {
        return new ReadHolder(from, blankToNull(d.documentNumber()), state(d.issuingState()), state(d.nationality()),
                d.dateOfBirth(), blankToNull(d.surname()), blankToNull(d.givenNames()), d.sex(), d.dateOfExpiry());
    }

    private static String state(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String a3 = Countries.alpha3(code);
        return a3 != null ? a3 : code.replace("<", "").trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "ReadHolder[from " + from + "]";
    }
}
