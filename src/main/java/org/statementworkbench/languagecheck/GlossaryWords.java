package org.statementworkbench.languagecheck;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.terminology.TermHit;
import org.statementworkbench.terminology.TermMatcher;
import org.statementworkbench.terminology.Token;
import org.statementworkbench.terminology.TokenAnalyzer;

/**
 * What the glossary of one language tells LanguageTool's matches: the words of approved terms (preferred or admitted)
 * are correctly spelled in any inflected form the terminology analyzer recognizes (Arabic clitics, Russian endings,
 * English and French plurals), and occurrences of deprecated, superseded or forbidden terms belong to the
 * terminology checks. Immutable.
 */
final class GlossaryWords {

    private static final Set<UsageStatus> ACCEPTED = Set.of(UsageStatus.PREFERRED, UsageStatus.ADMITTED);

    private final TokenAnalyzer analyzer;
    /** Key of a word of a case-insensitive approved term, with the words (lower case) that have this key. */
    private final Map<String, Set<String>> accepted = new HashMap<>();
    /** Words of case-sensitive approved terms (acronyms), as written. */
    private final Set<String> acceptedAsWritten = new HashSet<>();

    private final TermMatcher matcher;
    private final boolean hasDiscouraged;

    GlossaryWords(TokenAnalyzer analyzer, List<TermEntry> terms) {
        this.analyzer = analyzer;
        boolean discouraged = false;
        for (TermEntry term : terms) {
            if (term.approval() != Approval.APPROVED) {
                continue;
            }
            if (!ACCEPTED.contains(term.status())) {
                discouraged = true;
                continue;
            }
            for (Token word : analyzer.term(term.text())) {
                if (term.caseSensitive()) {
                    acceptedAsWritten.add(nfc(word.surface()));
                } else {
                    accepted.computeIfAbsent(word.key(), k -> new HashSet<>()).add(lower(word.surface()));
                }
            }
        }
        this.hasDiscouraged = discouraged;
        // all terms, as the terminology checks match them (the longest term wins where terms overlap)
        this.matcher = new TermMatcher(analyzer, terms);
    }

    /**
     * Whether every word of a text LanguageTool took for a misspelling is a word of an approved term. An inflected
     * form counts when the analyzer gives it the term word's key, it carries the same diacritics ("résolutions"
     * for "résolution", not "resolution"; "والأمم" for "الأمم", not "والامم") and it is the term word with at most
     * its last letter changed and an ending or clitics added ("киберпреступностью", "cybercriminalités",
     * "والسيبرانية"). The light stemmers alone would also take typing errors for the term ("vot" for "vote",
     * "резолюцыю" for "резолюция"): those stay misspellings.
     */
    boolean approvedWords(String flagged) {
        List<Token> words = analyzer.text(flagged);
        if (words.isEmpty()) {
            return false;
        }
        for (Token word : words) {
            if (!approvedWord(word)) {
                return false;
            }
        }
        return true;
    }

    private boolean approvedWord(Token word) {
        if (acceptedAsWritten.contains(nfc(word.surface()))) {
            return true;
        }
        String marks = marks(word.surface());
        String surface = lower(word.surface());
        for (String key : word.keys()) {
            for (String termWord : accepted.getOrDefault(key, Set.of())) {
                if (marks(termWord).equals(marks) && inflectionOf(surface, termWord)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a text word is the term word, or it with at most its last letter changed plus an ending/clitics. */
    static boolean inflectionOf(String word, String termWord) {
        if (word.equals(termWord)) {
            return true;
        }
        boolean arabic = termWord.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
        String core = arabic && termWord.startsWith("\u0627\u0644") && termWord.length() > 4
                ? termWord.substring(2)
                : termWord;
        String stem = core.length() > 3 ? core.substring(0, core.length() - 1) : core;
        if (arabic) {
            int at = word.indexOf(stem);
            return at >= 0 && at <= 4; // و ف ب ك ل and the article before the word
        }
        return word.length() >= termWord.length() && word.startsWith(stem);
    }

    /** The spans of deprecated, superseded or forbidden approved terms in the text (what the terminology flags). */
    List<TermHit> discouraged(String text) {
        if (!hasDiscouraged) {
            return List.of();
        }
        return matcher.find(text).stream()
                .filter(h -> h.term().approved() && !ACCEPTED.contains(h.term().status()))
                .toList();
    }

    boolean isEmpty() {
        return accepted.isEmpty() && acceptedAsWritten.isEmpty() && !hasDiscouraged;
    }

    /**
     * The letters of a word that carry a diacritic (é, ñ, أ ...), as a sorted set: what must agree between a text word
     * and the term word it is taken for. Arabic short vowels (optional in writing) and Russian ё (often written е)
     * do not count, nor does Russian й (a letter of its own that inflection adds and removes: -ой, -ий).
     */
    static String marks(String word) {
        String s = nfc(word.toLowerCase(Locale.ROOT));
        TreeSet<Character> marked = new TreeSet<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127
                    && c != 'ё'
                    && c != 'й'
                    && Character.isLetter(c)
                    && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                                    .length()
                            > 1) {
                marked.add(c);
            }
        }
        StringBuilder b = new StringBuilder(marked.size());
        marked.forEach(b::append);
        return b.toString();
    }

    private static String lower(String s) {
        return nfc(s.toLowerCase(Locale.ROOT));
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
