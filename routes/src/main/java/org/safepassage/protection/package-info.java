/**
 * Minor protection: the rule engine that looks, for every traveller of a flight, for indicators that
 * a child may be at risk of trafficking, and says when a referral to a child-protection officer is
 * warranted.
 *
 * <p>Plain Java, no framework: the service wires it. Entry points:
 * <ul>
 *   <li>{@link org.safepassage.protection.RuleCatalogue}: the rule catalogue (codes, descriptions,
 *       weights, decisive flags, parameters, sources, version) read from
 *       {@code config/rules/minor-protection.yml} and validated;</li>
 *   <li>{@link org.safepassage.protection.MinorProtectionAssessor}: thread-safe, holds the current
 *       catalogue (swappable with {@code use}), assesses a whole
 *       {@link org.safepassage.protection.FlightContext};</li>
 *   <li>{@link org.safepassage.protection.RuleCatalogueFile}: reloads the catalogue file when it
 *       changed, keeping the previous catalogue when the new one is invalid.</li>
 * </ul>
 *
 * <p>The output is indicators with their evidence and a "referral warranted" flag for an officer:
 * never a decision about a person. The child is a potential victim; explanations are neutral.
 * Nothing here logs, and exception messages carry catalogue entries and ids only, never personal data.
 *
 * <p>Each indicator is one small class named after its code ({@code M1Minor}, {@code M2NoAdultOnBooking},
 * ...), evaluated against a per-flight index ({@code FlightIndex}) that is built once per assessment.
 */
package org.safepassage.protection;
