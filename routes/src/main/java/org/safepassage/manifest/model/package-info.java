/**
 * SafePassage's own manifest model: what an airline told us about a departure, independent of the
 * wire format it arrived in (UN/EDIFACT PAXLST for API, IATA PNRGOV for PNR).
 *
 * <p>Everything here is an immutable record or enum. Lists are never {@code null} (empty when
 * absent); single values are {@code null} when the message did not carry them, except the
 * value types that carry their own status ({@link org.safepassage.manifest.model.DateOfBirth}).
 * Codes are kept as written (upper-cased and trimmed) next to any interpretation, so that rules
 * and auditors can always see the source value.
 *
 * <p>The model is produced by {@code org.safepassage.ingest.edifact.PassengerMessageParser}.
 * Changes to it are additive only.
 */
package org.safepassage.manifest.model;
