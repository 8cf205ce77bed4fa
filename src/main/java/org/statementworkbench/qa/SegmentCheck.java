package org.statementworkbench.qa;

import java.util.List;
import org.statementworkbench.base.checks.Issue;

/**
 * A built-in check of one segment in one target language (numbers, document symbols, punctuation, spaces, ...). It
 * sees one segment at a time, keeps no state between calls and is safe to call from several threads. One check may
 * report several ids of its family ({@code number.missing}, {@code number.extra}, ...).
 */
public interface SegmentCheck {

    /** The family of the check ids this check reports, e.g. {@code number}. */
    String family();

    /** The issues of this segment, in the order they occur in the target (then the source). */
    List<Issue> check(SegmentPair segment);
}
