package org.statementworkbench.qa.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.statementworkbench.base.UnLanguage;

/**
 * The number words of one language, generated from ICU's spell-out rules (RuleBasedNumberFormat): every cardinal and
 * ordinal rule set (Russian has one per gender and case, French and Spanish per gender, Spanish the apocopated
 * "tercer") formats 0 to 100 and the hundreds to 1,000, and the results go into a {@link PhraseTrie}. ICU's own
 * parser is not used: it takes milliseconds per call and is not thread-safe; the table is built once per language
 * in well under a second. Hand-written additions, which ICU does not produce: Arabic case and gender forms
 * (الخمسين beside الخمسون, ثلاث beside ثلاثة, اثنين, مئة, الاثني عشر), French "second", and the stop phrases of per cent.
 */
final class WordTables {

    private static final int[] EXTRA = {200, 300, 400, 500, 600, 700, 800, 900, 1000};

    private WordTables() {}

    static PhraseTrie build(UnLanguage language) {
        PhraseTrie trie = new PhraseTrie();
        for (String stop : stopPhrases(language)) {
            trie.add(words(stop), null, false);
        }
        RuleBasedNumberFormat format =
                new RuleBasedNumberFormat(ULocale.forLanguageTag(language.code()), RuleBasedNumberFormat.SPELLOUT);
        List<String> sets = Arrays.asList(format.getRuleSetNames());
        for (boolean ordinal : new boolean[] {false, true}) {
            for (String set : sets) {
                if (set.endsWith("-year") || set.startsWith("%spellout-ordinal") != ordinal) {
                    continue;
                }
                for (int n = 0; n <= 100 + EXTRA.length; n++) {
                    int value = n <= 100 ? n : EXTRA[n - 101];
                    String spelled = format.format(value, set);
                    if (spelled.chars().anyMatch(Character::isDigit)) {
                        continue; // Russian ordinals of large numbers come out as "1000000-й"
                    }
                    for (String variant : variants(language, spelled, ordinal)) {
                        trie.add(words(variant), BigDecimal.valueOf(value), ordinal);
                    }
                }
            }
        }
        if (language == UnLanguage.FR) {
            for (String second : List.of("second", "seconde", "seconds", "secondes")) {
                trie.add(List.of(second), BigDecimal.TWO, true);
            }
        }
        return trie;
    }

    /** Lower-case, normalized words of a phrase; Arabic "و" is joined to the next word as it is written. */
    static List<String> words(String phrase) {
        String normal = NormalizedText.of(phrase.toLowerCase(Locale.ROOT)).text();
        List<String> words = new ArrayList<>();
        for (String w : normal.split("[\\s\\u00A0\\-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!words.isEmpty() && words.getLast().equals("و")) {
                words.set(words.size() - 1, "و" + w);
            } else {
                words.add(w);
            }
        }
        return words;
    }

    private static List<String> stopPhrases(UnLanguage language) {
        return switch (language) {
            case EN -> List.of("per cent");
            case FR -> List.of("pour cent", "pour mille");
            case ES -> List.of("por ciento", "por cien", "por mil");
            case AR -> List.of("في المائة", "في المئة", "بالمائة", "بالمئة");
            default -> List.of();
        };
    }

    private static Set<String> variants(UnLanguage language, String spelled, boolean ordinal) {
        Set<String> all = new LinkedHashSet<>();
        all.add(NormalizedText.of(spelled).text().replaceAll("\\s+", " "));
        if (language != UnLanguage.AR) {
            return all;
        }
        List<UnaryOperator<String>> changes = List.of(
                s -> s.replaceAll("ون(?=\\s|$)", "ين"), // genitive and accusative: الخمسين
                s -> s.replaceAll("(?<=اثن|اثنت)ان(?=\\s|$)", "ين").replaceAll("(?<=اثن|اثنت)ا(?=\\s|$)", "ي"),
                s -> s.replaceAll("(?<=مائت|مئت)ان(?=\\s|$)", "ين"),
                s -> s.replace("مائ", "مئ"),
                // the feminine counted noun takes the masculine numeral without ة: ثلاث سنوات
                s -> s.replaceAll("(?<=^|\\s|و)(ثلاث|اربع|خمس|ست|سبع|تسع|عشر)ة(?=\\s|$)", "$1")
                        .replaceAll("(?<=^|\\s|و)ثمانية(?=\\s|$)", "ثماني"));
        for (UnaryOperator<String> change : changes) {
            for (String s : List.copyOf(all)) {
                all.add(change.apply(s));
            }
        }
        for (String s : List.copyOf(all)) {
            if (!ordinal) {
                all.add("ال" + s); // the definite numeral: الاثني عشر شهرا, the twelve months
            } else if (s.startsWith("ال") && !s.contains(" ")) {
                all.add(s.substring(2)); // the ordinal before its noun: ثاني أكسيد الكربون, carbon dioxide
            }
        }
        return all;
    }
}
