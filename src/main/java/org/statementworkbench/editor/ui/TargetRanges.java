package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;

/**
 * The highlights of the target editor: the terminology's, and the LanguageTool matches of the last check moved
 * along any edit made since (a match whose words were edited is dropped until the next check). The terminology
 * keeps priority: a LanguageTool match is not painted where it overlaps a term error, nor a spelling match on a
 * glossary term (it is still listed in the panel). Match offsets are in the plain text LanguageTool read; they are
 * painted at the marked offsets the editor holds.
 */
final class TargetRanges {

    /** Range ids of LanguageTool matches: this prefix and the match id. */
    static final String PREFIX = "lt:";

    private final SegmentEditor target;
    private List<HighlightRange> terms = List.of();
    private List<HighlightRange> checks = List.of();
    private Set<Span> hidden = Set.of();
    private Runnable languageChanged = () -> {};
    private List<LanguageMatch> matches = List.of();
    private String plain = "";

    TargetRanges(SegmentEditor target) {
        this.target = target;
    }

    static String rangeId(LanguageMatch match) {
        return PREFIX + match.id();
    }

    /** New terminology highlights for the current text. */
    void terms(List<HighlightRange> ranges) {
        terms = List.copyOf(ranges);
        paint();
    }

    /**
     * New highlights of the built-in checks (numbers, symbols, punctuation...) for the current text, and the spans
     * of ignored term issues and LanguageTool matches, which are not painted (the issues panel lists them greyed).
     */
    void checks(List<HighlightRange> ranges, Set<Span> ignored) {
        checks = List.copyOf(ranges);
        hidden = Set.copyOf(ignored);
        paint();
    }

    /** New LanguageTool matches, found in {@code plainText} (the current text or an earlier one). */
    void language(List<LanguageMatch> visible, String plainText) {
        matches = List.copyOf(visible);
        plain = plainText;
        paint();
        languageChanged.run();
    }

    /** Runs after every new set of LanguageTool matches (the issues panel lists them). */
    void onLanguageChanged(Runnable listener) {
        languageChanged = listener;
    }

    /** The LanguageTool matches as they lie in the current text, and that text (plain). */
    List<LanguageMatch> matches() {
        follow(SegmentEditor.plainText(target.getValue()));
        return matches;
    }

    String plain() {
        follow(SegmentEditor.plainText(target.getValue()));
        return plain;
    }

    /** The match with this id (or range id) in the current text, if its words were not edited since the check. */
    Optional<LanguageMatch> match(String id) {
        String matchId = id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id;
        return matches().stream().filter(m -> m.id().equals(matchId)).findFirst();
    }

    /** Whether the match is painted in the editor (not hidden under a terminology highlight). */
    boolean painted(LanguageMatch match) {
        return target.getRanges().stream().anyMatch(r -> r.id().equals(rangeId(match)));
    }

    private void paint() {
        String value = target.getValue();
        var offsets = new MarkedOffsets(value);
        follow(offsets.plain());
        List<HighlightRange> all = new ArrayList<>();
        for (HighlightRange r : terms) {
            if (r.fitsIn(value.length()) && !(isTermIssue(r) && hidden.contains(new Span(r.start(), r.end())))) {
                all.add(r);
            }
        }
        for (HighlightRange r : checks) {
            if (r.fitsIn(value.length())) {
                all.add(r);
            }
        }
        Set<String> ids = new HashSet<>();
        for (LanguageMatch m : matches) {
            if (m.end() <= m.start() || m.end() > plain.length() || !ids.add(rangeId(m))) {
                continue;
            }
            int start = offsets.start(m.start());
            int end = offsets.end(m.end());
            if (!underTerms(m.kind(), start, end) && !hidden.contains(new Span(start, end))) {
                all.add(new HighlightRange(
                        rangeId(m),
                        start,
                        end,
                        HighlightKind.fromClientName(m.kind().highlightKind()),
                        m.message()));
            }
        }
        target.setRanges(all);
    }

    static boolean isTermIssue(HighlightRange r) {
        return r.kind() == HighlightKind.TERM_ERROR || r.kind() == HighlightKind.TERM_MISSING;
    }

    private boolean underTerms(MatchKind kind, int start, int end) {
        for (HighlightRange r : terms) {
            boolean overlaps = r.start() < end && start < r.end();
            boolean termIssue = r.kind() == HighlightKind.TERM_ERROR || r.kind() == HighlightKind.TERM_MISSING;
            boolean term = r.kind() == HighlightKind.TERM_HIT || r.kind() == HighlightKind.TERM_HINT;
            if (overlaps && (termIssue || (term && kind == MatchKind.SPELLING))) {
                return true;
            }
        }
        return false;
    }

    /** Moves the matches from the text they were found in to {@code now}: kept before the edit, shifted after it. */
    private void follow(String now) {
        if (now.equals(plain)) {
            return;
        }
        int prefix = 0;
        int shorter = Math.min(plain.length(), now.length());
        while (prefix < shorter && plain.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix
                && plain.charAt(plain.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        int editEnd = plain.length() - suffix;
        int delta = now.length() - plain.length();
        List<LanguageMatch> moved = new ArrayList<>();
        for (LanguageMatch m : matches) {
            if (m.end() <= prefix) {
                moved.add(m);
            } else if (m.start() >= editEnd) {
                moved.add(shifted(m, delta));
            }
        }
        matches = List.copyOf(moved);
        plain = now;
    }

    private static LanguageMatch shifted(LanguageMatch m, int delta) {
        return new LanguageMatch(
                m.id(),
                m.ruleId(),
                m.ruleDescription(),
                m.categoryId(),
                m.kind(),
                m.start() + delta,
                m.end() + delta,
                m.message(),
                m.shortMessage(),
                m.suggestions(),
                m.suggestionsPending());
    }
}
