/**
 * IATA PNRGOV (PNR push to governments, versions 10.1 to 15.1) into the manifest model: one message,
 * many PNRs, each becoming a {@link org.safepassage.manifest.model.Booking} and its travellers
 * (infants included as travellers in their own right).
 *
 * <p>{@link org.safepassage.ingest.pnrgov.PnrgovMapper}, the only public type, is the
 * {@link org.safepassage.ingest.edifact.MessageMapper} for the type PNRGOV; it hands each SSR to
 * {@code SsrReader} and links infants to their adults with {@code InfantLinks} at the end.
 */
package org.safepassage.ingest.pnrgov;
