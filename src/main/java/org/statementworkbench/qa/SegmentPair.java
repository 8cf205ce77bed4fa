package org.statementworkbench.qa;

import org.statementworkbench.base.UnLanguage;

/**
 * One segment as the built-in checks see it: the source and the target text in their languages, as the editor stores
 * them (plain text; bold and italic as {@code **} and {@code *} markers). Issue spans are offsets into these texts.
 */
public record SegmentPair(UnLanguage sourceLanguage, String source, UnLanguage targetLanguage, String target) {}
