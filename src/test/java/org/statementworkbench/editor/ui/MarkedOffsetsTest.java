package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Term offsets found in the plain text land on the same words of the marked text the editor highlights. */
class MarkedOffsetsTest {

    private static String marked(String text, String word) {
        var offsets = new MarkedOffsets(text);
        int start = offsets.plain().indexOf(word);
        return text.substring(offsets.start(start), offsets.end(start + word.length()));
    }

    @Test
    void boldItalicAndEscapedAsterisksAreSkippedOrKept() {
        String text = "The **Security Council** and *Member States* pay 5\\*3 to the *UN*.";
        assertThat(new MarkedOffsets(text).plain())
                .isEqualTo(SegmentEditor.plainText(text))
                .isEqualTo("The Security Council and Member States pay 5*3 to the UN.");
        assertThat(marked(text, "Security Council")).isEqualTo("Security Council");
        assertThat(marked(text, "Member States")).isEqualTo("Member States");
        assertThat(marked(text, "5*3")).isEqualTo("5\\*3");
        assertThat(marked(text, "UN")).isEqualTo("UN");
        // a term half in bold covers the marker between its words
        assertThat(marked("the Security **Council** met", "Security Council")).isEqualTo("Security **Council");
    }
}
