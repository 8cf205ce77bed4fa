package org.statementworkbench.terminology;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.ar.ArabicTagger;

/**
 * The singulars of Arabic broken plurals ("الجرائم" to "جريمة"), so that a plural in running text meets a glossary
 * term in the singular. LanguageTool's Arabic tagger (6.8) knows broken plurals but gives the plural itself as
 * their lemma, so the singular comes from the plural's pattern (فعائل to فعيلة or فعالة, أفعال to فعل, مفاعل to
 * مفعل or مفعلة, ...), and the tagger's dictionary decides: a candidate counts only if the tagger knows it as a
 * noun, and only words the tagger reads as nouns are tried. Tagging costs about a millisecond a word, so only words
 * of a broken-plural shape are tagged, and the answers are kept per word (a bounded Caffeine cache). Thread-safe.
 */
final class ArabicPlurals {

    private static final int CACHE_SIZE = 50_000;
    private static final ArabicPlurals INSTANCE = new ArabicPlurals();

    private final ArabicTagger tagger = new ArabicTagger();
    private final Cache<String, List<String>> cache = Caffeine.newBuilder()
            .maximumSize(CACHE_SIZE)
            .executor(Runnable::run)
            .build();

    private ArabicPlurals() {}

    static ArabicPlurals get() {
        return INSTANCE;
    }

    /** The folded singulars of the word (as written in text, clitics and all) if it is a broken plural; else none. */
    List<String> singulars(String word) {
        String plain = withoutMarks(word);
        if (!brokenPluralShape(plain)) {
            return List.of();
        }
        return cache.get(plain, this::lookUp);
    }

    private List<String> lookUp(String word) {
        Set<String> singulars = new LinkedHashSet<>();
        for (String lemma : nounLemmas(word)) {
            for (String candidate : candidates(lemma)) {
                if (!candidate.equals(lemma) && nounLemmas(candidate).contains(candidate)) {
                    singulars.add(Folding.fold(candidate));
                }
            }
        }
        return List.copyOf(singulars);
    }

    private Set<String> nounLemmas(String word) {
        List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(word));
        Set<String> lemmas = new LinkedHashSet<>();
        for (AnalyzedTokenReadings readings : tagged) {
            for (AnalyzedToken t : readings.getReadings()) {
                String tag = t.getPOSTag();
                if (t.getLemma() != null && tag != null && tag.startsWith("N")) {
                    lemmas.add(t.getLemma());
                }
            }
        }
        return lemmas;
    }

    /** The singular patterns of the plural patterns فعائل, أفعال, مفاعل, مفاعيل, فواعل, فعول, فعال and فعلاء. */
    static List<String> candidates(String p) {
        List<String> out = new ArrayList<>();
        int n = p.length();
        if (n == 5 && p.charAt(2) == 'ا' && p.charAt(3) == 'ئ') { // جرائم: جريمة, رسائل: رسالة
            String c1 = p.substring(0, 2);
            char c3 = p.charAt(4);
            out.add(c1 + "ي" + c3 + "ة");
            out.add(c1 + "ا" + c3 + "ة");
            out.add(c1 + "ي" + c3);
        } else if (n == 5 && p.charAt(0) == 'أ' && p.charAt(3) == 'ا') { // أطفال: طفل
            out.add("" + p.charAt(1) + p.charAt(2) + p.charAt(4));
        } else if (n == 5 && p.charAt(0) == 'م' && p.charAt(2) == 'ا') { // مجالس: مجلس, مدارس: مدرسة
            String s = "م" + p.charAt(1) + p.charAt(3) + p.charAt(4);
            out.add(s);
            out.add(s + "ة");
        } else if (n == 6 && p.charAt(0) == 'م' && p.charAt(2) == 'ا' && p.charAt(4) == 'ي') { // مشاريع: مشروع
            out.add("م" + p.charAt(1) + p.charAt(3) + "و" + p.charAt(5));
        } else if (n == 5 && p.charAt(1) == 'و' && p.charAt(2) == 'ا') { // قواعد: قاعدة, عوامل: عامل
            String s = p.charAt(0) + "ا" + p.substring(3);
            out.add(s);
            out.add(s + "ة");
        } else if (n == 4 && (p.charAt(2) == 'و' || p.charAt(2) == 'ا')) { // جهود: جهد, رجال: رجل
            out.add("" + p.charAt(0) + p.charAt(1) + p.charAt(3));
        } else if (n == 5 && p.endsWith("اء")) { // خبراء: خبير, شركاء: شريك
            out.add("" + p.charAt(0) + p.charAt(1) + "ي" + p.charAt(2));
        }
        return out;
    }

    /**
     * Whether the word, without the clitics و/ف, ب/ك/ل and the article, has one of the plural patterns of
     * {@link #candidates}: only such words are tagged.
     */
    static boolean brokenPluralShape(String w) {
        for (String conj : new String[] {"", "و", "ف"}) {
            if (!w.startsWith(conj)) {
                continue;
            }
            String w1 = w.substring(conj.length());
            for (String prefix : new String[] {"", "ب", "ك", "ل", "ال", "بال", "كال", "لل"}) {
                if (w1.startsWith(prefix)
                        && !candidates(w1.substring(prefix.length())).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Without harakat and tatweel; hamza letters and ta marbuta stay, as the tagger's dictionary writes them. */
    private static String withoutMarks(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '\u0640' || c >= '\u064B' && c <= '\u065F' || c == '\u0670') {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
