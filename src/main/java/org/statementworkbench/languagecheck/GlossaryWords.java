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
    /** Key of a word of a case-insensitive approved term, with the diacritics each such word carries. */
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
                    accepted.computeIfAbsent(word.key(), k -> new HashSet<>()).add(marks(word.surface()));
                }
            }
        }
        this.hasDiscouraged = discouraged;
        // all terms, as the terminology checks match them (the longest term wins where terms overlap)
        this.matcher = new TermMatcher(analyzer, terms);
    }

    /**
     * Whether every word of a text LanguageTool took for a misspelling is a word of an approved term. An inflected
     * form counts when the analyzer gives it the term word's key and it carries the same diacritics ("résolutions"
     * for "résolution", not "resolution"; "والأمم" for "الأمم", not "والامم").
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
        for (String key : word.keys()) {
            Set<String> forms = accepted.get(key);
            if (forms != null && forms.contains(marks)) {
                return true;
            }
        }
        return false;
    }

    /** The spans of deprecated, superseded or forbidden approved terms in the text (what the terminology flags). */
    List<TermHit> discouraged(String text) {
        if (!hasDiscouraged) {
            return List.of();
        }
        return matcher.find(text).stream()
                .filter(h -> h.term().approved() && !ACCEPTED.contains(h.term().status())).toList();
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
            if (c > 127 && c != 'ё' && c != 'й' && Character.isLetter(c)
                    && Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).length() > 1) {
                marked.add(c);
            }
        }
        StringBuilder b = new StringBuilder(marked.size());
        marked.forEach(b::append);
        return b.toString();
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
