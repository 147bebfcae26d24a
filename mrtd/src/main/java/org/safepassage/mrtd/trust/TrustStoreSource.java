package org.safepassage.mrtd.trust;

/** Where the verifier gets the trust store for each document: a fixed store, or a reloadable one. */
@FunctionalInterface
public interface TrustStoreSource {
    TrustStore current();
}
