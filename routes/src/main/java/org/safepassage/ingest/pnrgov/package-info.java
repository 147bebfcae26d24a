/**
 * IATA PNRGOV (PNR push to governments, versions 10.1 to 15.1) into the manifest model: one message,
 * many PNRs, each becoming a {@link org.safepassage.manifest.model.Booking} and its travellers
 * (infants included as travellers in their own right).
 */
package org.safepassage.ingest.pnrgov;
