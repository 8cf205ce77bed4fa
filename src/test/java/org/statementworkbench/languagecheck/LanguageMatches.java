package org.statementworkbench.languagecheck;

import java.util.List;

/** Finding one of a check's matches by the words it covers. */
final class LanguageMatches {

    private LanguageMatches() {}

    /** The first match covering exactly {@code words} of {@code text}; fails when there is none. */
    static LanguageMatch covering(List<LanguageMatch> matches, String text, String words) {
        return matches.stream()
                .filter(m -> m.covered(text).equals(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no match covers “" + words + "” in “" + text + "”"));
    }
}
