package org.statementworkbench.editor.ui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.editor.IgnoreKey;
import org.statementworkbench.editor.IssueIgnore;
import org.statementworkbench.languagecheck.LanguageMatch;

/**
 * The LanguageTool matches ignored in one segment translation, as {@link IgnoreKey}s read from the one ignore
 * service: a match is hidden from the counts while the same rule flags the same words there, wherever they moved,
 * exactly as the issues panel greys it ({@link SegmentIssueList} keys matches the same way).
 */
record LanguageIgnores(Set<IgnoreKey> keys) {

    static final LanguageIgnores NONE = new LanguageIgnores(Set.of());

    LanguageIgnores {
        keys = Set.copyOf(keys);
    }

    /** The ignores of LanguageTool issues among {@code ignores}. */
    static LanguageIgnores of(List<IssueIgnore> ignores) {
        return new LanguageIgnores(ignores.stream()
                .map(IssueIgnore::key)
                .filter(k -> k.check().isIn(CheckId.LANGUAGE_TOOL))
                .collect(Collectors.toSet()));
    }

    /** The key an ignore of {@code match}, found in {@code plain} (a target without markers), is stored under. */
    static IgnoreKey keyOf(LanguageMatch match, String plain) {
        return IgnoreKey.of(match.toIssue(), "", plain);
    }

    boolean hides(LanguageMatch match, String plain) {
        return !keys.isEmpty() && keys.contains(keyOf(match, plain));
    }

    /** The matches of {@code plain} not ignored, in their order. */
    List<LanguageMatch> visible(List<LanguageMatch> matches, String plain) {
        return keys.isEmpty()
                ? matches
                : matches.stream().filter(m -> !hides(m, plain)).toList();
    }
}
