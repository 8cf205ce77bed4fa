package org.statementworkbench.statement.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.statementworkbench.base.UnLanguage;

/**
 * Golden files {@code segmentation/<code>.txt}, one per UN language: a paragraph ("> " lines; several of them are
 * lines of one paragraph) followed by its exact expected segments.
 */
class GoldenSegmentationTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    record GoldenCase(int line, String paragraph, List<String> expected) {}

    @TestFactory
    Stream<DynamicTest> everyLanguageMatchesItsGoldenFile() {
        return Arrays.stream(UnLanguage.values()).flatMap(language -> {
            List<GoldenCase> cases = read(language);
            assertFalse(cases.size() < 10, "too few golden cases for " + language);
            return cases.stream()
                    .map(c -> DynamicTest.dynamicTest(
                            language.code() + ".txt:" + c.line(),
                            () -> assertEquals(c.expected(), split(c.paragraph(), language))));
        });
    }

    private static List<String> split(String text, UnLanguage language) {
        return SEGMENTER.split(text, language).stream()
                .map(span -> span.of(text))
                .toList();
    }

    static List<GoldenCase> read(UnLanguage language) {
        String resource = "/segmentation/" + language.code() + ".txt";
        List<String> lines;
        try (InputStream in = GoldenSegmentationTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + resource);
            }
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<GoldenCase> cases = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!paragraph.isEmpty()) {
                    cases.add(new GoldenCase(start, String.join("\n", paragraph), List.copyOf(expected)));
                }
                paragraph.clear();
                expected.clear();
            } else if (line.startsWith("> ")) {
                if (paragraph.isEmpty()) {
                    start = i + 1;
                }
                paragraph.add(line.substring(2));
            } else {
                expected.add(line);
            }
        }
        return cases;
    }
}
