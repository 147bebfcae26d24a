/**
 * Minor protection: the rule engine that looks, for every traveller of a flight, for indicators that
 * a child may be at risk of trafficking, and says when a referral to a child-protection officer is
 * warranted.
 *
 * <p>Plain Java, no framework: the service wires it. Entry points:
 * <ul>
 *   <li>{@link org.safepassage.protection.RuleCatalogue}: the rule catalogue (codes, descriptions,
 *       weights, decisive flags, parameters, sources, version) read from YAML
 *       ({@code config/rules/minor-protection.yml}) and validated against the rules;</li>
 *   <li>{@link org.safepassage.protection.MinorProtectionAssessor}: thread-safe, holds the current
 *       catalogue (swappable with {@code use}), assesses a whole
 *       {@link org.safepassage.protection.FlightContext}.</li>
 * </ul>
 *
 * <p>The output is indicators with their evidence and a "referral warranted" flag for an officer:
 * never a decision about a person. The child is a potential victim; explanations are neutral.
 * Nothing here logs, and exception messages carry catalogue entries and ids only, never personal data.
 *
 * <h2>Wiring (service side)</h2>
 * <ul>
 *   <li>Build one {@link org.safepassage.protection.FlightContext} per flight with every traveller (passengers,
 *       crew, infants as travellers of their own), API and PNR merged, each with a stable id; the PNRs of the
 *       flight in {@code bookings} (their record locators, and codeshare {@code otherLocators}, are matched to
 *       {@code Traveller.bookingReference()}); a {@link org.safepassage.protection.DocumentCheck} where a document
 *       read exists; an {@link org.safepassage.protection.OtherFlights} that answers from the store (called at most
 *       once per adult escort of a minor per assessment).</li>
 *   <li>Traveller fields that matter: role/roleCode (crew; {@code roleCode == null} means PNR-only), dateOfBirth
 *       (raw kept: two-digit years are resolved again against the departure date), passengerType,
 *       travellerRef/accompanyingTravellerRef (infant links), bookingReference, surname, nationality,
 *       countryOfResidence, embarkation, documents (number, issuing state, issue and expiry dates, DOCS date of
 *       birth and surname), ssrs (UMNR).</li>
 *   <li>Reload: {@link org.safepassage.protection.MinorProtectionAssessor#use} swaps the catalogue atomically (the
 *       service keeps the previous catalogue when a new file is invalid).</li>
 * </ul>
 *
 * <p>Each indicator is one small class named after its code ({@code M1Minor}, {@code M2NoAdultOnBooking},
 * ...), evaluated against a per-flight index ({@code FlightIndex}) that is built once per assessment. A new indicator
 * is one such class (implementing {@code Rule}) and its entry in the catalogue file: the rules are found by their
 * classes ({@code Rules}); whether an indicator counts towards the score is the rule's own property.
 */
package org.safepassage.protection;
