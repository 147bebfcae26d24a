package org.safepassage.mrtd.mrz;

import java.time.LocalDate;

/**
 * The fields of a machine-readable zone, as printed (fillers removed) plus resolved dates.
 *
 * @param format         the layout
 * @param documentCode   document code without trailing filler, e.g. {@code P}, {@code PD}, {@code I}, {@code V}
 * @param issuingState   issuing state or organisation, fillers removed (Germany's {@code D<<} gives {@code D})
 * @param surname        primary identifier, {@code <} replaced by spaces
 * @param givenNames     secondary identifier, {@code <} replaced by spaces; empty if none
 * @param documentNumber full document number including a part continued in the optional data, trailing fillers removed
 * @param nationality    nationality, fillers removed
 * @param dateOfBirth    resolved date of birth, null if a part is unknown or the date is invalid
 * @param dateOfBirthRaw date of birth as printed (YYMMDD)
 * @param sex            {@code M}, {@code F} or {@code X} (printed {@code <} or {@code X}); null if another character is printed
 * @param dateOfExpiry   resolved date of expiry, null if a part is unknown or the date is invalid
 * @param dateOfExpiryRaw date of expiry as printed (YYMMDD)
 * @param optionalData1  optional data (TD3: personal number; TD1: line 1 optional data) without the part that
 *                       continues a long document number, fillers at both ends removed
 * @param optionalData2  TD1 line 2 optional data, fillers at both ends removed; null for the other layouts
 */
public record MrzData(MrzFormat format, String documentCode, String issuingState, String surname, String givenNames,
                      String documentNumber, String nationality,
                      LocalDate dateOfBirth, String dateOfBirthRaw, String sex,
                      LocalDate dateOfExpiry, String dateOfExpiryRaw, String optionalData1, String optionalData2) {
}
