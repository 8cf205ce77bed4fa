package org.statementworkbench.languagecheck;

import java.util.List;
import java.util.Set;

/**
 * The matches ignored in one segment translation, as rule id and flagged words: a match stays hidden while the same
 * rule flags the same words there, wherever they moved in the text.
 */
public record IgnoredMatches(Set<Key> keys) {

    public static final IgnoredMatches NONE = new IgnoredMatches(Set.of());

    /** A rule and the words it flagged. */
    public record Key(String ruleId, String coveredText) {}

    public IgnoredMatches {
        keys = Set.copyOf(keys);
    }

    /** Whether {@code match}, found in {@code text}, was ignored. */
    public boolean hides(LanguageMatch match, String text) {
        return !keys.isEmpty() && keys.contains(new Key(match.ruleId(), match.covered(text)));
    }

    /** The matches of {@code text} not ignored, in their order. */
    public List<LanguageMatch> visible(List<LanguageMatch> matches, String text) {
        return keys.isEmpty()
                ? matches
                : matches.stream().filter(m -> !hides(m, text)).toList();
    }

    public int size() {
        return keys.size();
    }
}
