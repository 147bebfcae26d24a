package org.safepassage.manifest.model;

/** Where a {@link TravelDocument} was read from. */
public enum DocumentSource {
    /** PAXLST DOC group (DOC, DTM+36/182, LOC+91). */
    PAXLST_DOC,
    /** PNRGOV SSR DOCS (passport or identity card as keyed by the passenger or agent). */
    SSR_DOCS,
    /** PNRGOV SSR DOCO (other document, usually a visa). */
    SSR_DOCO,
    /** DG1 read from the document's chip at a booth or eGate (a document read joined to the traveller). */
    CHIP
}
