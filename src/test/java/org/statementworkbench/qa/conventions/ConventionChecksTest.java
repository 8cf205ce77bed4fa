package org.statementworkbench.qa.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;
import org.statementworkbench.qa.BuiltInChecks;
import org.statementworkbench.qa.SegmentPair;
import org.statementworkbench.statement.InlineMarkers;
import org.statementworkbench.statement.InlineMarkers.Kind;
import org.statementworkbench.statement.InlineMarkers.Stretch;

/**
 * What the example files cannot say: spans, severities, the order of issues, the readings the checks rely on
 * ({@link InlineMarkers}, {@link VerbatimTokens}), and cases that need a made-up segment (a quotation split over two
 * segments).
 */
class ConventionChecksTest {

    static final List<String> FAMILIES = List.of("symbol", "punct", "space", "text", "marker");

    private static List<Issue> check(UnLanguage from, String source, UnLanguage to, String target) {
        return BuiltInChecks.check(BuiltInChecks.of(FAMILIES), new SegmentPair(from, source, to, target));
    }

    private static List<String> ids(List<Issue> issues) {
        return issues.stream().map(i -> i.check().toString()).toList();
    }

    @Test
    void markersAreReadWithTheirOffsetsAndEscapes() {
        assertThat(InlineMarkers.stretches("**Agenda 5:** *Thematic* \\*debate"))
                .containsExactly(new Stretch(Kind.BOLD, 0, 13, true), new Stretch(Kind.ITALIC, 14, 24, true));
        assertThat(InlineMarkers.stretches("***both***"))
                .containsExactly(new Stretch(Kind.BOLD, 0, 9, true), new Stretch(Kind.ITALIC, 2, 10, true));
        assertThat(InlineMarkers.stretches("a **b")).containsExactly(new Stretch(Kind.BOLD, 2, 5, false));
        assertThat(InlineMarkers.plain("**Agenda** \\*")).isEqualTo("Agenda *");
    }

    @Test
    void verbatimTokensAreSymbolsAddressesAndEmailsWithoutSentencePunctuation() {
        var tokens = VerbatimTokens.in("See A/76/L.12/Rev.1, https://www.un.org/en/about-us. and unodc-sgb@un.org; "
                + "HIV/AIDS, ODA/GNI and 14:00 UTC/07:00 are none.");
        assertThat(tokens)
                .extracting(VerbatimTokens.Token::text)
                .containsExactly("A/76/L.12/Rev.1", "https://www.un.org/en/about-us", "unodc-sgb@un.org");
        assertThat(VerbatimTokens.in("变革我们的世界：2030年可持续发展议程（A/RES/70/1）号"))
                .extracting(VerbatimTokens.Token::text)
                .containsExactly("A/RES/70/1");
        assertThat(VerbatimTokens.in("A/RES/74/174, E/CN.15/2022/L.1, S/2015/123. A/HRC/RES/45/1 (E/2022/15)"))
                .extracting(VerbatimTokens.Token::text)
                .containsExactly("A/RES/74/174", "E/CN.15/2022/L.1", "S/2015/123", "A/HRC/RES/45/1", "E/2022/15");
        assertThat(VerbatimTokens.in("https://undocs.org/A/RES/70/1"))
                .extracting(VerbatimTokens.Token::kind)
                .containsExactly(VerbatimTokens.Kind.URL);
    }

    @Test
    void anAlteredSymbolPointsAtBothSidesAndIsAnError() {
        String source = "The draft resolution is contained in document A/76/L.12/Rev.1.";
        String target = "Le projet de résolution figure dans le document A/76/L.12.";
        List<Issue> issues = check(UnLanguage.EN, source, UnLanguage.FR, target);

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.check()).hasToString("symbol.mismatch");
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.source()).isNotNull();
            assertThat(issue.source().of(source)).isEqualTo("A/76/L.12/Rev.1");
            assertThat(issue.target()).isNotNull();
            assertThat(issue.target().of(target)).isEqualTo("A/76/L.12");
        });
    }

    @Test
    void eachCheckListsItsIssuesInTargetOrder() {
        String source = "I know that you are committed to this goal.";
        String target = "Je sais que vous vous êtes engagé  en faveur de cet objectif:  de de tous";

        List<Issue> punctuation =
                new PunctuationCheck().check(new SegmentPair(UnLanguage.EN, source, UnLanguage.FR, target));
        assertThat(ids(punctuation)).containsExactly("punct.space-before", "punct.final-missing");
        assertThat(punctuation.getFirst().severity()).isEqualTo(Severity.WARNING);
        assertThat(punctuation.getFirst().target()).isEqualTo(new Span(60, 61));
        assertThat(punctuation.get(1).source()).isEqualTo(new Span(42, 43));

        List<Issue> spaces = new SpaceCheck().check(new SegmentPair(UnLanguage.EN, source, UnLanguage.FR, target));
        assertThat(spaces).extracting(Issue::target).containsExactly(new Span(33, 35), new Span(61, 63));
    }

    @Test
    void anEmptyTargetIsOnlyReportedAsUntranslated() {
        String source = "**Agenda item 5:** Thematic discussion (A/RES/70/1).";

        List<Issue> issues = check(UnLanguage.EN, source, UnLanguage.ZH, "");
        assertThat(ids(issues)).containsExactly("text.untranslated");
        assertThat(issues.getFirst().severity()).isEqualTo(Severity.ERROR);
        assertThat(ids(check(UnLanguage.EN, source, UnLanguage.ZH, "  "))).containsExactly("text.untranslated");
    }

    @Test
    void aQuotationSplitOverSegmentsNeedNotBalance() {
        String source = "As the Agenda says: “We resolve, between now and 2030, to end poverty and hunger everywhere;";
        String splitTarget = "Comme le dit le Programme\u00a0: « Nous sommes résolus à éliminer la pauvreté et la faim";
        String balancedSource = "As the Agenda says: “We resolve to end poverty and hunger everywhere.”";

        assertThat(ids(check(UnLanguage.EN, source, UnLanguage.FR, splitTarget)))
                .doesNotContain("punct.unbalanced");
        assertThat(ids(check(UnLanguage.EN, balancedSource, UnLanguage.FR, splitTarget)))
                .contains("punct.unbalanced");
    }

    @Test
    void russianQuotesNestLowQuotesInsideGuillemets() {
        String target = "в документе «Доклад „Будущее, которого мы хотим“» говорится";

        assertThat(ids(check(UnLanguage.EN, "the report", UnLanguage.RU, target)))
                .isEmpty();
        assertThat(ids(check(UnLanguage.EN, "the report", UnLanguage.RU, "в документе „Доклад“ и “Будущее”")))
                .containsExactly("punct.quotes", "punct.quotes");
    }

    @Test
    void numbersKeepTheirAsciiSeparators() {
        assertThat(ids(check(UnLanguage.EN, "PM2.5 and PM10, 0.7 per cent", UnLanguage.ZH, "细颗粒物PM2.5和PM10，0.7%")))
                .isEmpty();
        assertThat(ids(check(UnLanguage.EN, "a ratio of 3:1", UnLanguage.FR, "un rapport de 3:1")))
                .isEmpty();
        assertThat(ids(check(UnLanguage.EN, "0.7 per cent, or 1,000", UnLanguage.AR, "0,7 في المائة أو 1,000")))
                .isEmpty();
    }

    @Test
    void aSpaceBeforeAnEllipsisOrALeadingFullStopIsNoSpaceBeforePunctuation() {
        assertThat(ids(check(UnLanguage.FR, "ok", UnLanguage.EN, "We resolve ... to end poverty")))
                .isEmpty();
        assertThat(ids(check(UnLanguage.FR, "ok", UnLanguage.EN, "the site un.org and its .org domain")))
                .isEmpty();
    }

    @Test
    void arabicSpellsLatinAcronymsWithRepeatedLetterNames() {
        assertThat(ids(check(UnLanguage.EN, "CNN reported", UnLanguage.AR, "ذكرت شبكة سي إن إن")))
                .isEmpty();
        assertThat(ids(check(UnLanguage.EN, "in the region", UnLanguage.AR, "في في المنطقة")))
                .containsExactly("text.repeated-word");
    }
}
