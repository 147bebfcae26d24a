package org.safepassage.mrtd.trust;

import java.util.Locale;

import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * A canonical string for an X.500 name (attribute OIDs and values compared case- and
 * space-insensitively, like {@code X500Name.equals}), computed once per certificate so that index
 * look-ups on the hot path are plain string comparisons.
 */
final class Names {

    private Names() {
    }

    static String canonical(X500Name name) {
        StringBuilder sb = new StringBuilder(128);
        for (RDN rdn : name.getRDNs()) {
            sb.append('/');
            for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
                sb.append(atv.getType().getId()).append('=');
                String v = IETFUtils.canonicalize(IETFUtils.valueToString(atv.getValue()));
                sb.append(v.toLowerCase(Locale.ROOT)).append('+');
            }
        }
        return sb.toString();
    }
}
