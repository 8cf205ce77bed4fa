package org.statementworkbench.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Deliberately simple, documented inflection-tolerant matching for the SDG consistency test (see
 * glossary/README.md, "How the SDG test matches"). It answers one question: does a glossary term occur, in some
 * inflected form, in a sentence? It is test code, not the workbench's term checker.
 *
 * <ul>
 *   <li>All languages: Unicode NFKC, lower case (not for acronyms, which must match case and all), ё read as е.</li>
 *   <li>Chinese: plain substring, white space ignored.</li>
 *   <li>Other languages: the text is cut into words (letters and digits; English keeps hyphenated compounds such as
 *   "multi-stakeholder" whole). The term's words must follow one another in the sentence; in French and Spanish an
 *   article or "de"/"du"/"des" may come between two term words ("femmes et des filles").</li>
 *   <li>English: a word matches itself, its plural (-s, -es, -y/-ies) or, for a plural term word, its singular.</li>
 *   <li>French, Spanish: words of more than 3 letters match any word that starts with the term word minus up to 2
 *   final letters (at least 4 kept) and is at most 2 letters longer than it; shorter words match only exactly.</li>
 *   <li>Russian: the same with up to 3 letters (at least 3 kept): государства-члены / государств-членов.</li>
 *   <li>Arabic: diacritics and tatweel removed; أ إ آ ٱ read as ا, ة as ه, ى as ي. A sentence word may carry the
 *   prefixes و ف, then ب ل ك, then ال (or لل); the term word loses its own ال and a final ه (ta marbuta) or a
 *   plural/dual case ending (ون ين ان), or the case vowel of a three-letter word (ذوو/ذوي); what is left must start
 *   the sentence word, followed by at most 3 letters of suffix.</li>
 * </ul>
 */
final class InflectionTolerantMatcher {

    private static final Pattern ARABIC_MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");
    private static final Pattern ARABIC_ALEF = Pattern.compile("[أإآٱ]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NON_WORD_EN = Pattern.compile("[^\\p{L}\\p{N}-]+");
    private static final Map<String, Set<String>> SKIPPABLE = Map.of(
            "fr", Set.of("le", "la", "les", "l", "des", "de", "du", "d", "un", "une"),
            "es", Set.of("el", "la", "los", "las", "del", "de", "un", "una"));

    private InflectionTolerantMatcher() {}

    /** Whether {@code term} (of the given type, in language {@code lang}) occurs in {@code sentence}. */
    static boolean occurs(String term, TermType type, String sentence, String lang) {
        boolean acronym = type == TermType.ACRONYM;
        if (lang.equals("zh")) {
            String t = normalize(term, lang, acronym).replaceAll("\\s+", "");
            return !t.isEmpty()
                    && normalize(sentence, lang, acronym).replaceAll("\\s+", "").contains(t);
        }
        List<String> termWords = words(normalize(term, lang, acronym), lang);
        List<String> sentenceWords = words(normalize(sentence, lang, acronym), lang);
        if (termWords.isEmpty()) {
            return false;
        }
        Set<String> skippable = acronym ? Set.of() : SKIPPABLE.getOrDefault(lang, Set.of());
        for (int i = 0; i < sentenceWords.size(); i++) {
            if (matchesFrom(termWords, 0, sentenceWords, i, lang, acronym, skippable)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesFrom(
            List<String> term,
            int j,
            List<String> sentence,
            int i,
            String lang,
            boolean acronym,
            Set<String> skippable) {
        if (j == term.size()) {
            return true;
        }
        if (i >= sentence.size()) {
            return false;
        }
        String word = sentence.get(i);
        boolean same = acronym ? word.equals(term.get(j)) : wordMatches(term.get(j), word, lang);
        if (same && matchesFrom(term, j + 1, sentence, i + 1, lang, acronym, skippable)) {
            return true;
        }
        return j > 0 && skippable.contains(word) && matchesFrom(term, j, sentence, i + 1, lang, acronym, skippable);
    }

    static String normalize(String text, String lang, boolean keepCase) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!keepCase) {
            s = s.toLowerCase(Locale.ROOT);
        }
        s = s.replace('ё', 'е').replace('Ё', 'Е');
        if (lang.equals("ar")) {
            s = ARABIC_MARKS.matcher(s).replaceAll("");
            s = ARABIC_ALEF.matcher(s).replaceAll("ا").replace('ة', 'ه').replace('ى', 'ي');
        }
        return s;
    }

    static List<String> words(String normalized, String lang) {
        List<String> out = new ArrayList<>();
        if (lang.equals("en")) {
            String s = normalized.replace('\u2010', '-').replace('\u2011', '-');
            for (String w : NON_WORD_EN.split(s)) {
                String stripped = w.replaceAll("^-+|-+$", "");
                if (!stripped.isEmpty()) {
                    out.add(stripped);
                }
            }
        } else {
            for (String w : NON_WORD.split(normalized)) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    static boolean wordMatches(String termWord, String word, String lang) {
        if (word.equals(termWord)) {
            return true;
        }
        return switch (lang) {
            case "en" ->
                word.equals(termWord + "s")
                        || word.equals(termWord + "es")
                        || (termWord.endsWith("y") && word.equals(termWord.substring(0, termWord.length() - 1) + "ies"))
                        || (termWord.endsWith("ies") && word.equals(termWord.substring(0, termWord.length() - 3) + "y"))
                        || (termWord.endsWith("s") && word.equals(termWord.substring(0, termWord.length() - 1)));
            case "ar" -> arabicMatches(termWord, word);
            case "fr", "es" -> stemMatches(termWord, word, 2, 4);
            case "ru" -> stemMatches(termWord, word, 3, 3);
            default -> false;
        };
    }

    private static boolean stemMatches(String termWord, String word, int maxCut, int minKept) {
        if (termWord.length() <= 3) {
            return false;
        }
        String stem = termWord.substring(0, Math.max(minKept, termWord.length() - maxCut));
        return word.startsWith(stem) && word.length() <= termWord.length() + maxCut;
    }

    private static boolean arabicMatches(String termWord, String word) {
        String core = termWord.startsWith("ال") && termWord.length() > 3 ? termWord.substring(2) : termWord;
        if (core.endsWith("ه") && core.length() > 2) {
            core = core.substring(0, core.length() - 1);
        } else if (core.length() > 4 && (core.endsWith("ون") || core.endsWith("ين") || core.endsWith("ان"))) {
            core = core.substring(0, core.length() - 2);
        } else if (core.length() == 3 && (core.endsWith("و") || core.endsWith("ي"))) {
            core = core.substring(0, 2);
        }
        for (String candidate : arabicPrefixStrips(word)) {
            if (candidate.startsWith(core) && candidate.length() - core.length() <= 3) {
                return true;
            }
        }
        return false;
    }

    /** The word and what is left of it without the prefixes و ف, then ب ل ك, then ال or لل. */
    private static Set<String> arabicPrefixStrips(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (String w : List.copyOf(out)) {
            if (w.length() > 3 && (w.startsWith("و") || w.startsWith("ف"))) {
                out.add(w.substring(1));
            }
        }
        for (String w : List.copyOf(out)) {
            if (w.length() > 3 && (w.startsWith("ب") || w.startsWith("ل") || w.startsWith("ك"))) {
                out.add(w.substring(1));
            }
        }
        for (String w : List.copyOf(out)) {
            if (w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل"))) {
                out.add(w.substring(2));
            }
        }
        return out;
    }
}
