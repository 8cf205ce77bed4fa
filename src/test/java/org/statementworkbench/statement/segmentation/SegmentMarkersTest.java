package org.statementworkbench.statement.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/** Inline formatting markers in {@link SentenceSegmenter#segment}: never across a segment boundary. */
class SegmentMarkersTest {

    private static final SentenceSegmenter SEGMENTER = new SentenceSegmenter();

    private static List<String> segment(UnLanguage language, TextRun... runs) {
        return SEGMENTER.segment(new ImportedParagraph(List.of(runs)), language);
    }

    private static TextRun bold(String text) {
        return new TextRun(text, true, false);
    }

    private static TextRun italic(String text) {
        return new TextRun(text, false, true);
    }

    @Test
    void boldRunCrossingASentenceBoundaryIsClosedAndReopened() {
        assertEquals(
                List.of("Thailand **pledges its commitment.**", "**Cybercrime is** a threat."),
                segment(
                        UnLanguage.EN,
                        TextRun.plain("Thailand "),
                        bold("pledges its commitment. Cybercrime is"),
                        TextRun.plain(" a threat.")));
    }

    static Stream<Arguments> formattedBlocksOfLines() {
        return Stream.of(
                Arguments.of(
                        UnLanguage.EN,
                        italic("Delivered by Mr. Triyarith Temahivong\n"
                                + "Director-General of Department of Special Investigation\nMinistry of Justice"),
                        List.of(
                                "*Delivered by Mr. Triyarith Temahivong*",
                                "*Director-General of Department of Special Investigation*",
                                "*Ministry of Justice*")),
                Arguments.of(
                        UnLanguage.AR,
                        italic("ألقى البيان السيد تريياريت تيماهيفونغ\nوزارة العدل"),
                        List.of("*ألقى البيان السيد تريياريت تيماهيفونغ*", "*وزارة العدل*")),
                Arguments.of(
                        UnLanguage.ZH,
                        bold("预防犯罪和刑事司法委员会第三十一届会议\n议程项目5（下午会议）"),
                        List.of("**预防犯罪和刑事司法委员会第三十一届会议**", "**议程项目5（下午会议）**")));
    }

    /** A title block or heading with line breaks: one segment per line, each with the block's formatting. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formattedBlocksOfLines")
    void aFormattedBlockWithLineBreaksGivesOneFormattedSegmentPerLine(
            UnLanguage language, TextRun block, List<String> segments) {
        assertEquals(segments, segment(language, block));
    }

    @Test
    void literalAsterisksAndBackslashesAreEscaped() {
        assertEquals(
                List.of("Footnote\\* applies to A\\\\B.", "**Bold \\*star\\*.**"),
                segment(UnLanguage.EN, TextRun.plain("Footnote* applies to A\\B. "), bold("Bold *star*.")));
    }

    @Test
    void boldItalicUsesThreeAsterisksAndAdjacentRunsOfOneFormattingMerge() {
        assertEquals(
                List.of("***Agenda item 5:*** thematic discussion.", "**The 31st Session**"),
                segment(
                        UnLanguage.EN,
                        new TextRun("Agenda ", true, true),
                        new TextRun("item 5: ", true, true),
                        TextRun.plain("thematic discussion. "),
                        bold("The 31st "),
                        bold("Session")));
    }

    @Test
    void formattingChangesInsideASegmentKeepWhitespaceOutsideMarkers() {
        assertEquals(
                List.of("We uphold the *UN Model Strategies* and **act.**", "Thank you."),
                segment(
                        UnLanguage.EN,
                        TextRun.plain("We uphold the "),
                        italic("UN Model Strategies "),
                        TextRun.plain("and "),
                        bold("act. "),
                        TextRun.plain(" Thank you.")));
    }

    @Test
    void emptyAndBlankParagraphsGiveNoSegments() {
        assertEquals(List.of(), segment(UnLanguage.FR, TextRun.plain(" \n "), bold("  ")));
    }
}
