/**
 * UN/EDIFACT PAXLST (Advance Passenger Information) into the manifest model: D02B, D03B, D05B and
 * later directories, version read from UNH. Unknown qualifiers and segments are kept as warnings,
 * never a failure.
 *
 * <p>{@link org.safepassage.ingest.paxlst.PaxlstMapper}, the only public type, is the
 * {@link org.safepassage.ingest.edifact.MessageMapper} for the type PAXLST.
 */
package org.safepassage.ingest.paxlst;
