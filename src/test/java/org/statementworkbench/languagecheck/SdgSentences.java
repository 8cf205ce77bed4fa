package org.statementworkbench.languagecheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * Real UN sentences for measuring and comparing LanguageTool: the SDG targets and indicators of one language, split
 * into sentences by LanguageTool's own sentence splitter, and an evenly spaced sample of them (the same sample in
 * every run, so plain LanguageTool and ours always meet the same sentences).
 */
public final class SdgSentences {

    private static final SdgCorpus CORPUS = SdgCorpus.load(SdgCorpus.defaultLocation());

    private SdgSentences() {}

    /** All sentences of the targets and indicators in the language, in corpus order. */
    public static List<String> all(UnLanguage language) {
        JLanguageTool splitter = new JLanguageTool(Languages.getLanguageForShortCode(
                UnStyleProfile.load().get(language).languageToolCode()));
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : CORPUS.sentences().entrySet()) {
            if (!entry.getKey().matches("\\d+-[0-9a-z]+(-[0-9a-z]+)?-title")) {
                continue; // goals (1-title) are headings; targets are 1-1-title, indicators 1-1-1-title
            }
            // composed (NFC), as the workbench holds text: some of the SDG files are stored decomposed
            String text = Normalizer.normalize(entry.getValue().getOrDefault(language.code(), ""), Normalizer.Form.NFC)
                    .strip()
                    .replaceAll("\\s+", " ");
            for (String sentence : splitter.sentenceTokenize(text)) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** {@code count} sentences spread evenly over {@link #all}. */
    public static List<String> sample(UnLanguage language, int count) {
        List<String> all = all(language);
        List<String> sample = new ArrayList<>(count);
        double step = all.size() / (double) count;
        for (int i = 0; i < count && i * step < all.size(); i++) {
            sample.add(all.get((int) (i * step)));
        }
        return sample;
    }
}
