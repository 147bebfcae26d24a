package org.safepassage.mrtd.lds;

import java.time.LocalDate;

/**
 * Identity fields from another source (airline API/PNR data) to compare with DG1. Any field may be
 * null (not compared). Names in any case, with or without diacritics.
 */
public record IdentityFields(String surname, String givenNames, String documentNumber, String nationality,
                             LocalDate dateOfBirth, String sex, LocalDate dateOfExpiry, String issuingState) {

    @Override
    public String toString() {
        return "IdentityFields[redacted]";
    }
}
