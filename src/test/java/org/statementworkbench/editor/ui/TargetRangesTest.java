package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.languagecheck.LanguageMatch;
import org.statementworkbench.languagecheck.MatchKind;

/** Terminology and LanguageTool highlights in one target: where each is painted, and how they follow edits. */
class TargetRangesTest {

    private final SegmentEditor editor = new SegmentEditor();
    private final TargetRanges ranges = new TargetRanges(editor);

    private static LanguageMatch match(String text, String covered, MatchKind kind) {
        int start = text.indexOf(covered);
        return new LanguageMatch(
                LanguageMatch.idOf("RULE_" + kind, start, start + covered.length(), covered),
                "RULE_" + kind,
                "A rule",
                "MISC",
                kind,
                start,
                start + covered.length(),
                "Message about " + covered,
                covered,
                List.of(),
                true);
    }

    private String painted(String kind) {
        return editor.getRanges().stream()
                .filter(r -> r.kind().clientName().equals(kind))
                .map(r -> editor.getValue().substring(r.start(), r.end()))
                .findFirst()
                .orElse("");
    }

    @Test
    void matchesFollowTheTextUntilTheirOwnWordsAreEdited() {
        String text = "Les États Membres est invités à coopérer avec la Comission.";
        editor.setValue(text);
        ranges.language(
                List.of(match(text, "est", MatchKind.GRAMMAR), match(text, "Comission", MatchKind.SPELLING)), text);
        assertThat(painted("grammar")).isEqualTo("est");
        assertThat(painted("spelling")).isEqualTo("Comission");

        // typing before both moves them along
        editor.setValue("Aujourd’hui, l" + text.substring(1));
        ranges.terms(List.of());
        assertThat(painted("grammar")).isEqualTo("est");
        assertThat(painted("spelling")).isEqualTo("Comission");
        assertThat(ranges.matches()).extracting(m -> m.covered(ranges.plain())).containsExactly("est", "Comission");

        // editing the flagged word drops its match until the next check; the other stays
        editor.setValue(editor.getValue().replace(" est ", " sont "));
        ranges.terms(List.of());
        assertThat(painted("grammar")).isEmpty();
        assertThat(painted("spelling")).isEqualTo("Comission");
        assertThat(ranges.matches()).hasSize(1);
    }

    @Test
    void termIssuesKeepPriorityAndGlossaryTermsAreNoMisspellings() {
        String text = "Le Conseil salue l’Accord des gadgets et la Fondation Gizmoz.";
        editor.setValue(text);
        int accord = text.indexOf("Accord des gadgets");
        int gizmoz = text.indexOf("Gizmoz");
        ranges.terms(List.of(
                new HighlightRange("tgt-0", accord, accord + 18, HighlightKind.TERM_ERROR, "forbidden"),
                new HighlightRange("tgt-1", gizmoz - 10, gizmoz + 6, HighlightKind.TERM_HIT, "Concept")));
        ranges.language(
                List.of(
                        match(text, "gadgets", MatchKind.GRAMMAR),
                        match(text, "Gizmoz", MatchKind.SPELLING),
                        match(text, "salue", MatchKind.STYLE)),
                text);

        assertThat(editor.getRanges())
                .extracting(r -> r.kind().clientName())
                .containsExactlyInAnyOrder("term-error", "term-hit", "style");
        assertThat(painted("style")).isEqualTo("salue");
        // still listed, only not painted
        assertThat(ranges.matches()).hasSize(3);
        assertThat(ranges.painted(ranges.matches().getFirst())).isFalse();
    }

    @Test
    void matchesFoundInThePlainTextArePaintedOverItsMarkers() {
        String marked = "Le **Conseil de sécurité** a adopter la résolution \\*.";
        String plain = SegmentEditor.plainText(marked);
        editor.setValue(marked);
        ranges.language(List.of(match(plain, "adopter", MatchKind.GRAMMAR)), plain);
        assertThat(painted("grammar")).isEqualTo("adopter");
        assertThat(ranges.match(TargetRanges.rangeId(ranges.matches().getFirst())))
                .isPresent();
    }
}
