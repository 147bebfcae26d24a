package org.safepassage.manifest.model;

/**
 * A correction applied to every text value of a model record (e.g. removing control characters), told which
 * field it is looking at so that it can say so in a warning. Returns the value to keep.
 */
@FunctionalInterface
public interface TextFix {

    String apply(String field, String value);
}
