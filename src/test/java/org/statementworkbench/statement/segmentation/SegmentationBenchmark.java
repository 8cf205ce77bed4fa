package org.statementworkbench.statement.segmentation;

import java.util.ArrayList;
import java.util.List;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.bench.Benchmarks;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * Segmenting a ~4,000-sentence English statement (~100,000 words, paragraphs of eight sentences, some bold runs):
 * our SentenceSegmenter (UN overlay + LanguageTool rules, markers) against LanguageTool's plain SRX rules for
 * English run on the same paragraphs the way LanguageTool's SRXSentenceTokenizer runs them.
 */
public class SegmentationBenchmark implements Benchmarks.Benchmark {

    static final int SENTENCES = 4_000;

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final SrxDocument languageTool = SegmentationRules.languageTool();
    private final List<ImportedParagraph> statement;

    public SegmentationBenchmark() {
        this.statement = statement(UnLanguage.EN, SENTENCES);
    }

    /** Sentences of the language's golden file, repeated into paragraphs of eight until there are enough. */
    static List<ImportedParagraph> statement(UnLanguage language, int sentences) {
        List<String> pool = GoldenSegmentationTest.read(language).stream()
                .filter(c -> !c.paragraph().contains("\n"))
                .flatMap(c -> c.expected().stream())
                .toList();
        List<ImportedParagraph> paragraphs = new ArrayList<>();
        String separator = language == UnLanguage.ZH ? "" : " ";
        for (int n = 0; n < sentences; n += 8) {
            List<TextRun> runs = new ArrayList<>();
            for (int i = n; i < n + 8 && i < sentences; i++) {
                String sentence = pool.get(i % pool.size()) + separator;
                runs.add(i % 5 == 0 ? new TextRun(sentence, true, false) : TextRun.plain(sentence));
            }
            paragraphs.add(new ImportedParagraph(runs));
        }
        return paragraphs;
    }

    @Override
    public String name() {
        return "segment 4,000 EN sentences (SRX + UN overlay)";
    }

    @Override
    public String baselineName() {
        return "LanguageTool segment.srx, English";
    }

    @Override
    public Runnable baseline() {
        return () -> {
            int count = 0;
            for (ImportedParagraph paragraph : statement) {
                var sentences = new SrxTextIterator(languageTool, "en_two", paragraph.plainText());
                while (sentences.hasNext()) {
                    sentences.next();
                    count++;
                }
            }
            check(count);
        };
    }

    @Override
    public Runnable subject() {
        return () -> {
            int count = 0;
            for (ImportedParagraph paragraph : statement) {
                count += segmenter.segment(paragraph, UnLanguage.EN).size();
            }
            check(count);
        };
    }

    private static void check(int count) {
        if (count < SENTENCES) {
            throw new IllegalStateException("only " + count + " segments: the text did not segment as expected");
        }
    }

    @Override
    public int warmups() {
        return 5;
    }

    @Override
    public int runs() {
        return 20;
    }
}
