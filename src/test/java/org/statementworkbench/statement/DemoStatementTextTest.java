package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.statementworkbench.base.UnLanguage;

/** The demo statement's six versions: aligned segment by segment, formatting kept, each in its own script. */
class DemoStatementTextTest {

    static final Map<UnLanguage, AlignedText> TEXTS = DemoStatement.readAll();
    static final Map<UnLanguage, Pattern> SCRIPT = Map.of(
            UnLanguage.AR, Pattern.compile("\\p{IsArabic}"),
            UnLanguage.ZH, Pattern.compile("\\p{IsHan}"),
            UnLanguage.RU, Pattern.compile("\\p{IsCyrillic}"),
            UnLanguage.FR, Pattern.compile("\\p{IsLatin}"),
            UnLanguage.ES, Pattern.compile("\\p{IsLatin}"),
            UnLanguage.EN, Pattern.compile("\\p{IsLatin}"));

    @Test
    void theEnglishSourceHasTheStatementsParagraphsAndSentences() {
        AlignedText en = TEXTS.get(UnLanguage.EN);
        assertThat(en.lines()).hasSize(21);
        assertThat(en.lines().get(0).text()).isEqualTo("THAILAND");
        assertThat(en.lines().get(6).text()).isEqualTo("Mr. Chair,");
        assertThat(en.lines()).last().extracting(AlignedText.Line::text).isEqualTo("Thank you.");
        assertThat(en.lines().getLast().paragraph()).isEqualTo(9);
    }

    @ParameterizedTest
    @EnumSource(value = UnLanguage.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyTranslationIsAlignedTranslatedAndKeepsTheInlineFormatting(UnLanguage language) {
        AlignedText en = TEXTS.get(UnLanguage.EN);
        AlignedText target = TEXTS.get(language);
        for (int i = 0; i < en.lines().size(); i++) {
            String source = en.lines().get(i).text();
            String text = target.lines().get(i).text();
            assertThat(text).as("%s segment %d", language, i + 1).isNotEqualTo(source);
            assertThat(SCRIPT.get(language).matcher(text).find())
                    .as("%s segment %d script", language, i + 1)
                    .isTrue();
            assertThat(text.startsWith("**"))
                    .as("%s segment %d bold", language, i + 1)
                    .isEqualTo(source.startsWith("**"));
            assertThat(text.startsWith("*") && !text.startsWith("**"))
                    .as("%s segment %d italic", language, i + 1)
                    .isEqualTo(source.startsWith("*") && !source.startsWith("**"));
        }
    }

    @Test
    void theTranslationsUseTheOfficialNameOfTheCommission() {
        assertThat(TEXTS.get(UnLanguage.FR).lines().get(1).text())
                .contains("Commission pour la prévention du crime et la justice pénale");
        assertThat(TEXTS.get(UnLanguage.ES).lines().get(1).text())
                .contains("Comisión de Prevención del Delito y Justicia Penal");
        assertThat(TEXTS.get(UnLanguage.RU).lines().get(1).text())
                .contains("Комиссия по предупреждению преступности и уголовному правосудию");
        assertThat(TEXTS.get(UnLanguage.ZH).lines().get(1).text()).contains("预防犯罪和刑事司法委员会");
        assertThat(TEXTS.get(UnLanguage.AR).lines().get(1).text()).contains("لجنة منع الجريمة والعدالة الجنائية");
    }

    @Test
    void misalignedVersionsAreRejectedWithTheSegmentNamed() {
        AlignedText source = AlignedText.parse("One.\nTwo.\n\nThree.\n");
        assertThatThrownBy(() -> source.requireAlignedWith(AlignedText.parse("Un.\n\nDeux.\nTrois.\n"), "fr"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("segment 2");
        assertThatThrownBy(() -> source.requireAlignedWith(AlignedText.parse("Un.\nDeux.\n"), "fr"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has 2 segments");
    }

    @Test
    void parsingIgnoresAByteOrderMarkWindowsLineEndsAndRepeatedBlankLines() {
        AlignedText text = AlignedText.parse("\uFEFFTitle\r\n\r\n\r\nFirst.\r\nSecond.\r\n");
        assertThat(text.lines())
                .containsExactly(
                        new AlignedText.Line(1, "Title"),
                        new AlignedText.Line(2, "First."),
                        new AlignedText.Line(2, "Second."));
    }
}
