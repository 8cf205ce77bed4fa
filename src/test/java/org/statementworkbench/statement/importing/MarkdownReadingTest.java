package org.statementworkbench.statement.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.statement.importing.ImportFixtures.boldItalic;
import static org.statementworkbench.statement.importing.ImportFixtures.paragraph;
import static org.statementworkbench.statement.importing.TextRun.bold;
import static org.statementworkbench.statement.importing.TextRun.italic;
import static org.statementworkbench.statement.importing.TextRun.plain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownReadingTest {

    private final StatementFileReader reader = new StatementFileReader();

    @Test
    void readsTheDemoStatementWithItsBoldTitleAndItalicSpeaker() {
        ImportedDocument document = reader.read(
                ImportFixtures.STATEMENT + ".md", ImportFixtures.resource(ImportFixtures.STATEMENT + ".md"));

        assertThat(document.paragraphs()).containsExactlyElementsOf(ImportFixtures.demoStatement());
    }

    @Test
    void pastedTextIsReadLikeMarkdown() {
        String pasted = new String(ImportFixtures.resource(ImportFixtures.STATEMENT + ".md"), StandardCharsets.UTF_8)
                .replace("\n", "\r\n");

        assertThat(reader.readPasted(pasted).paragraphs()).containsExactlyElementsOf(ImportFixtures.demoStatement());
    }

    @Test
    void readsTheArabicTranslationWithBoldAndItalicLines() {
        String arabic = """
                تايلند

                **لجنة منع الجريمة والعدالة الجنائية في دورتها الحادية والثلاثين**
                **البند 5 من جدول الأعمال (جلسة بعد الظهر)**

                *ألقى البيان السيد تريياريت تيماهيفونغ*
                *وزارة العدل*

                السيد الرئيس،
                """;

        assertThat(reader.read("ar.md", arabic.getBytes(StandardCharsets.UTF_8)).paragraphs())
                .containsExactly(
                        paragraph(plain("تايلند")),
                        paragraph(
                                bold("لجنة منع الجريمة والعدالة الجنائية في دورتها الحادية والثلاثين"),
                                plain("\n"),
                                bold("البند 5 من جدول الأعمال (جلسة بعد الظهر)")),
                        paragraph(italic("ألقى البيان السيد تريياريت تيماهيفونغ"), plain("\n"), italic("وزارة العدل")),
                        paragraph(plain("السيد الرئيس،")));
    }

    static Stream<Arguments> inlineMarkup() {
        return Stream.of(
                Arguments.of("**Mr. Chair**, thank you", List.of(bold("Mr. Chair"), plain(", thank you"))),
                Arguments.of("__Señor Presidente__:", List.of(bold("Señor Presidente"), plain(":"))),
                Arguments.of(
                        "the *Ad Hoc Committee* met",
                        List.of(plain("the "), italic("Ad Hoc Committee"), plain(" met"))),
                Arguments.of(
                        "the _travaux préparatoires_ show",
                        List.of(plain("the "), italic("travaux préparatoires"), plain(" show"))),
                Arguments.of("***Thank you.***", List.of(boldItalic("Thank you."))),
                Arguments.of(
                        "**bold *and italic* inside**",
                        List.of(bold("bold "), boldItalic("and italic"), bold(" inside"))),
                Arguments.of(
                        "the variable user_name_field stays", List.of(plain("the variable user_name_field stays"))),
                Arguments.of("2 * 3 * 4 = 24", List.of(plain("2 * 3 * 4 = 24"))),
                Arguments.of("an escaped \\*star\\* and \\_under\\_", List.of(plain("an escaped *star* and _under_"))),
                Arguments.of("**unbalanced bold", List.of(plain("**unbalanced bold"))),
                Arguments.of("*one* and *two", List.of(italic("one"), plain(" and *two"))),
                Arguments.of("***bold** then italic*", List.of(boldItalic("bold"), italic(" then italic"))),
                Arguments.of("1. First item", List.of(plain("1. First item"))),
                Arguments.of("- a bullet", List.of(plain("- a bullet"))),
                Arguments.of("(a) Subparagraph", List.of(plain("(a) Subparagraph"))),
                Arguments.of("#hashtag stays", List.of(plain("#hashtag stays"))),
                Arguments.of("C:\\path\\file stays", List.of(plain("C:\\path\\file stays"))),
                Arguments.of("   *Delivered by*   ", List.of(italic("Delivered by"))));
    }

    @ParameterizedTest
    @MethodSource("inlineMarkup")
    void resolvesInlineMarkup(String markdown, List<TextRun> expected) {
        assertThat(reader.readPasted(markdown).paragraphs()).containsExactly(new ImportedParagraph(expected));
    }

    @Test
    void headingsLoseTheirHashesAndStandAlone() {
        String text = """
                # Statement by **Thailand**
                Mr. Chair,
                ## Agenda item 5 ##

                ###### Thank you.""";

        assertThat(reader.readPasted(text).paragraphs())
                .containsExactly(
                        paragraph(plain("Statement by "), bold("Thailand")),
                        paragraph(plain("Mr. Chair,")),
                        paragraph(plain("Agenda item 5")),
                        paragraph(plain("Thank you.")));
    }

    @Test
    void linesAreTrimmedAndBlankLinesWithSpacesSeparateParagraphs() {
        String text = "  First line   \n\tsecond line\t\n   \t\n\n\nNext paragraph  ";

        assertThat(reader.readPasted(text).paragraphs())
                .containsExactly(paragraph(plain("First line\nsecond line")), paragraph(plain("Next paragraph")));
    }

    @Test
    void textIsNfcNormalised() {
        String decomposed = "Tha\u0308ilande, se\u0301curite\u0301";

        assertThat(reader.readPasted(decomposed).paragraphs())
                .containsExactly(paragraph(plain("Th\u00E4ilande, s\u00E9curit\u00E9")));
    }

    @Test
    void emptyPastedTextIsAnError() {
        assertThatThrownBy(() -> reader.readPasted(" \n\n \t "))
                .isInstanceOf(StatementImportException.class)
                .hasMessage("The pasted text is empty: it has no text to import.");
    }

    @Test
    void pastedTextOverTheLimitIsAnError() {
        String text = "a".repeat(StatementFileReader.MAX_PASTED_CHARS + 1);

        assertThatThrownBy(() -> reader.readPasted(text))
                .isInstanceOf(StatementImportException.class)
                .hasMessageStartingWith("The pasted text is too long: 5,000,001 characters, and at most 5,000,000");
    }

    @Test
    void thousandsOfUnmatchedMarkersStayText() {
        String text = "a_b c* ".repeat(3_000) + "**d** " + "*e f_g ".repeat(3_000);

        ImportedParagraph paragraph = reader.readPasted(text).paragraphs().getFirst();

        assertThat(paragraph.runs()).hasSize(3);
        assertThat(paragraph.runs().get(1)).isEqualTo(bold("d"));
        assertThat(paragraph.plainText()).isEqualTo(text.replace("**d**", "d").strip());
    }
}
