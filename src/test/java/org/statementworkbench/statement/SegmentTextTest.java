package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statementworkbench.statement.SegmentText.Run;

/** Segment text with markers, read back as formatted runs for display. */
class SegmentTextTest {

    @Test
    void markersBecomeRunsOfBoldAndItalicText() {
        assertThat(SegmentText.runs("**Agenda 5 (afternoon session):** Thematic discussion on *cybercrime*"))
                .containsExactly(
                        new Run("Agenda 5 (afternoon session):", true, false),
                        new Run(" Thematic discussion on ", false, false),
                        new Run("cybercrime", false, true));
        assertThat(SegmentText.runs("**البند 5 من جدول الأعمال:** مناقشة مواضيعية"))
                .containsExactly(
                        new Run("البند 5 من جدول الأعمال:", true, false), new Run(" مناقشة مواضيعية", false, false));
        assertThat(SegmentText.runs("***both*** then plain"))
                .containsExactly(new Run("both", true, true), new Run(" then plain", false, false));
    }

    @Test
    void escapesAreLiteralAndUnclosedMarkersRunToTheEnd() {
        assertThat(SegmentText.runs("5 \\* 3 \\\\ done")).containsExactly(new Run("5 * 3 \\ done", false, false));
        assertThat(SegmentText.runs("*Delivered by Mr. Triyarith Temahivong"))
                .containsExactly(new Run("Delivered by Mr. Triyarith Temahivong", false, true));
        assertThat(SegmentText.runs("")).isEmpty();
    }
}
