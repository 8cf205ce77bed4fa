package org.statementworkbench.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as an {@code @username} mention in a comment. */
class MentionsTest {

    @Test
    void namesAfterAnAtSignInLowerCaseWithoutTheSentencesFullStop() {
        assertThat(Mentions.in("@Jean.Martin, please check \"cybercriminalité\"; cc @claire-dubois."))
                .containsExactly("jean.martin", "claire-dubois");
    }

    @Test
    void eMailAddressesShortNamesAndRepeatsAreNoMentions() {
        assertThat(Mentions.in("Write to jean@un.org or @ab; @rosa and @rosa again"))
                .containsExactly("rosa");
    }

    @Test
    void mentionsInMarkupAndRightToLeftTextAreFound() {
        assertThat(Mentions.in("<b>@rev-1</b> يرجى المراجعة @ahmed_2")).containsExactly("rev-1", "ahmed_2");
    }
}
