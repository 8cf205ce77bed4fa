package org.statementworkbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/**
 * A statement far longer than any real one (4,000 paragraphs, about 100,000 words) in .md and .docx: read in full and
 * correctly. Prints the reading times (the budget for the whole import is 5 s); asserts only the result.
 */
class LargeStatementReadingTest {

    private static final int PARAGRAPHS = 4_000;
    private static final List<String> SENTENCES = demoSentences();

    private final StatementFileReader reader = new StatementFileReader();

    @Test
    void readsFourThousandParagraphsOfMarkdown() {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            md.append(plainPart(i))
                    .append("**")
                    .append(boldPart(i))
                    .append("** *")
                    .append(italicPart(i))
                    .append("*\n\n");
        }
        byte[] content = md.toString().getBytes(StandardCharsets.UTF_8);

        ImportedDocument document = timed("md", content.length, () -> reader.read("large.md", content));

        assertLarge(document);
    }

    @Test
    void readsFourThousandParagraphsOfWord() throws IOException {
        byte[] content;
        try (XWPFDocument word = new XWPFDocument()) {
            for (int i = 0; i < PARAGRAPHS; i++) {
                XWPFParagraph paragraph = word.createParagraph();
                paragraph.createRun().setText(plainPart(i));
                XWPFRun bold = paragraph.createRun();
                bold.setBold(true);
                bold.setText(boldPart(i));
                paragraph.createRun().setText(" ");
                XWPFRun italic = paragraph.createRun();
                italic.setItalic(true);
                italic.setText(italicPart(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            content = out.toByteArray();
        }

        ImportedDocument document = timed("docx", content.length, () -> reader.read("large.docx", content));

        assertLarge(document);
    }

    private static String plainPart(int i) {
        return (i + 1) + ". " + SENTENCES.get(i % SENTENCES.size()) + " ";
    }

    private static String boldPart(int i) {
        return SENTENCES.get((i * 7 + 1) % SENTENCES.size());
    }

    private static String italicPart(int i) {
        return SENTENCES.get((i * 13 + 2) % SENTENCES.size());
    }

    private static void assertLarge(ImportedDocument document) {
        assertThat(document.paragraphs()).hasSize(PARAGRAPHS);
        for (int i : new int[] {0, 1234, PARAGRAPHS - 1}) {
            assertThat(document.paragraphs().get(i).runs())
                    .containsExactly(
                            TextRun.plain(plainPart(i)),
                            TextRun.bold(boldPart(i)),
                            TextRun.plain(" "),
                            TextRun.italic(italicPart(i)));
        }
        long words = document.paragraphs().stream()
                .mapToLong(p -> p.plainText().split("\\s+").length)
                .sum();
        System.out.printf(
                "%,d paragraphs, %,d words, %,d characters%n",
                document.paragraphs().size(),
                words,
                document.paragraphs().stream()
                        .mapToLong(p -> p.plainText().length())
                        .sum());
    }

    /** The segments of the demo statement in English, French, Spanish, Russian and Arabic, without markers. */
    private static List<String> demoSentences() {
        List<String> sentences = new ArrayList<>();
        for (String language : List.of("en", "fr", "es", "ru", "ar")) {
            try (var in = LargeStatementReadingTest.class.getResourceAsStream(
                    "/demo/thailand-ccpcj31-cybercrime." + language + ".txt")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .map(line -> line.replace("*", "").strip())
                        .filter(line -> line.split(" ").length > 5)
                        .forEach(sentences::add);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return List.copyOf(sentences);
    }

    private static ImportedDocument timed(
            String format, int bytes, java.util.function.Supplier<ImportedDocument> read) {
        read.get(); // warm-up
        List<Long> millis = new ArrayList<>();
        ImportedDocument document = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            document = read.get();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf(
                "Reading %,d paragraphs of .%s (%,d bytes): cold+warm runs %s ms%n", PARAGRAPHS, format, bytes, millis);
        return document;
    }
}
