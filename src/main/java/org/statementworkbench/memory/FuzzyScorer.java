package org.statementworkbench.memory;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fuzzy match score of a memory source against the text looked up, as CAT tools present it: 0 to 100 on words
 * (characters for Chinese), 100 only when nothing but spacing differs. The word score is one minus the word edit
 * distance (java-diff-utils' Myers alignment, a changed stretch costing its longer side) over the longer text; then
 * fixed penalties: differing numbers {@value #NUMBER_PENALTY} (the words being equal otherwise, the suggestion gets
 * the numbers adapted when it can, see {@link #adaptNumbers}), punctuation {@value #PUNCTUATION_PENALTY}, formatting
 * markers {@value #FORMATTING_PENALTY} and case or vowel marks {@value #CASE_PENALTY}. 101 (in context) is the
 * service's, which knows the segment before.
 */
final class FuzzyScorer {

    static final int NUMBER_PENALTY = 2;
    static final int PUNCTUATION_PENALTY = 1;
    static final int FORMATTING_PENALTY = 1;
    static final int CASE_PENALTY = 1;

    private FuzzyScorer() {}

    /** The score, and whether only numbers differ (so that the target's numbers can be adapted). */
    record Score(int value, boolean onlyNumbersDiffer) {}

    static Score score(String query, String candidate) {
        return score(MatchTokens.of(query), MatchTokens.of(candidate), query, candidate);
    }

    static Score score(MatchTokens query, MatchTokens candidate, String queryText, String candidateText) {
        if (normalizeSpace(queryText).equals(normalizeSpace(candidateText))) {
            return new Score(100, false);
        }
        int words = wordScore(query.words(), candidate.words());
        boolean numbers = !query.numbers().equals(candidate.numbers());
        boolean punctuation = !query.punctuation().equals(candidate.punctuation());
        boolean formatting = !query.formatting().equals(candidate.formatting());
        boolean caseOrMarks = words == 100 && !query.exactWords().equals(candidate.exactWords());
        int score = words
                - (numbers ? NUMBER_PENALTY : 0)
                - (punctuation ? PUNCTUATION_PENALTY : 0)
                - (formatting ? FORMATTING_PENALTY : 0)
                - (caseOrMarks ? CASE_PENALTY : 0);
        if (score >= 100) {
            score = 99; // something differs that the parts above do not see (e.g. a number's own separators)
        }
        boolean onlyNumbers = words == 100
                && numbers
                && query.numbers().size() == candidate.numbers().size()
                && !punctuation
                && !formatting
                && !caseOrMarks;
        return new Score(Math.max(0, score), onlyNumbers);
    }

    /** 100 × (1 − word edit distance / longer length), rounded down; 100 only for equal words. */
    static int wordScore(List<String> query, List<String> candidate) {
        int longer = Math.max(query.size(), candidate.size());
        if (longer == 0) {
            return 100;
        }
        int distance = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(query, candidate).getDeltas()) {
            distance += Math.max(delta.getSource().size(), delta.getTarget().size());
        }
        int score = (int) Math.floor(100.0 * (longer - distance) / longer);
        return distance > 0 ? Math.min(score, 99) : 100;
    }

    /**
     * The memory target with the numbers of the memory source replaced by those of the query, position by position;
     * empty when a number to replace does not occur exactly once in the target as written in the source (e.g. when
     * the target writes it with other separators or in words): then the translator adapts it.
     */
    static Optional<String> adaptNumbers(String target, List<String> memoryNumbers, List<String> queryNumbers) {
        if (memoryNumbers.size() != queryNumbers.size()) {
            return Optional.empty();
        }
        String adapted = target;
        var replaced = new java.util.ArrayList<int[]>();
        for (int n = 0; n < memoryNumbers.size(); n++) {
            String from = memoryNumbers.get(n);
            String to = queryNumbers.get(n);
            if (from.equals(to)) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{Nd}.,])" + Pattern.quote(from) + "(?![\\p{Nd}]|[.,]\\p{Nd})")
                    .matcher(target);
            if (!m.find()) {
                return Optional.empty();
            }
            int start = m.start();
            if (m.find()) {
                return Optional.empty();
            }
            replaced.add(new int[] {start, start + from.length(), n});
        }
        replaced.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] r : replaced) {
            if (replaced.stream().anyMatch(o -> o != r && o[0] < r[1] && r[0] < o[1])) {
                return Optional.empty();
            }
            adapted = adapted.substring(0, r[0]) + queryNumbers.get(r[2]) + adapted.substring(r[1]);
        }
        return Optional.of(adapted);
    }

    static String normalizeSpace(String text) {
        return text.strip().replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
}
