package org.statementworkbench.qa;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/**
 * A statement as the statement-wide checks see it: its source language and its segments in document order. Texts are
 * as the editor stores them (plain text; bold and italic as {@code **} and {@code *} markers).
 */
public record StatementText(UnLanguage sourceLanguage, List<MultilingualSegment> segments) {

    public StatementText {
        segments = List.copyOf(segments);
    }
}
