package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A splitter position read back from the browser's storage is used only when it is a sensible number. */
class SplitterPositionTest {

    @Test
    void onlyNumbersWithinBoundsAreTaken() {
        assertThat(SplitterPosition.parse("42.5")).contains(42.5);
        assertThat(SplitterPosition.parse(" 10 ")).contains(10.0);
        assertThat(SplitterPosition.parse("90")).contains(90.0);
        assertThat(SplitterPosition.parse("9.9")).isEmpty();
        assertThat(SplitterPosition.parse("95")).isEmpty();
        assertThat(SplitterPosition.parse("NaN")).isEmpty();
        assertThat(SplitterPosition.parse("half")).isEmpty();
        assertThat(SplitterPosition.parse("")).isEmpty();
        assertThat(SplitterPosition.parse(null)).isEmpty();
    }
}
