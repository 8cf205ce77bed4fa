package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;

/**
 * The UN style profile file ({@code languagecheck/un-style.tsv}) against LanguageTool 6.8: every variant is a
 * LanguageTool language of the right UN language, every disabled rule exists there and is on by default, every
 * accepted wording occurs in real UN text; and broken files are refused with the line at fault.
 */
class LanguageStyleProfileTest {

    static Map<UnLanguage, UnStyleProfile> profiles;
    static SdgCorpus sdg;

    @BeforeAll
    static void load() {
        profiles = UnStyleProfile.load();
        sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
    }

    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void variantIsALanguageToolLanguageOfThatUnLanguage(UnLanguage language) {
        String code = profiles.get(language).languageToolCode();
        assertThat(Languages.isLanguageSupported(code)).as(code).isTrue();
        Language lt = Languages.getLanguageForShortCode(code);
        assertThat(lt.getShortCode()).isEqualTo(language.code());
        assertThat(lt.getShortCodeWithCountryAndVariant()).isEqualTo(code);
    }

    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void everyDisabledRuleExistsAndIsOnByDefault(UnLanguage language) {
        UnStyleProfile profile = profiles.get(language);
        JLanguageTool tool = new JLanguageTool(Languages.getLanguageForShortCode(profile.languageToolCode()));
        Set<String> all = tool.getAllRules().stream().map(Rule::getId).collect(Collectors.toSet());
        Set<String> active = tool.getAllActiveRules().stream().map(Rule::getId).collect(Collectors.toSet());
        assertThat(all).containsAll(profile.disabledRules().keySet());
        assertThat(active)
                .as("disabling a rule that is off anyway is a mistake")
                .containsAll(profile.disabledRules().keySet());
    }

    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void everySettingHasAReason(UnLanguage language) {
        UnStyleProfile profile = profiles.get(language);
        profile.disabledRules()
                .forEach((rule, reason) -> assertThat(reason).as(rule).hasSizeGreaterThan(20));
        profile.acceptedWording()
                .forEach(w -> assertThat(w.reason()).as(w.pattern().pattern()).hasSizeGreaterThan(20));
    }

    /** Accepted wording is real UN wording: each pattern occurs in the SDG texts of its language. */
    @ParameterizedTest
    @EnumSource(UnLanguage.class)
    void everyAcceptedWordingOccursInTheSdgTexts(UnLanguage language) {
        List<String> texts = sdg.sentences().keySet().stream()
                .map(key -> Normalizer.normalize(sdg.text(key, language.code()), Normalizer.Form.NFC))
                .toList();
        for (UnStyleProfile.AcceptedWording wording : profiles.get(language).acceptedWording()) {
            assertThat(texts)
                    .as(wording.pattern().pattern())
                    .anyMatch(t -> wording.pattern().matcher(t).find());
        }
    }

    @Test
    void englishIsBritishWithOxfordSpelling() {
        assertThat(profiles.get(UnLanguage.EN).languageToolCode()).isEqualTo("en-GB");
        assertThat(profiles.get(UnLanguage.EN).disabledRules()).doesNotContainKey("OXFORD_SPELLING_Z_NOT_S");
    }

    /**
     * "البند 5 من جدول الأعمال" (agenda item 5), the demo statement's fourth line: the Darja rule calls بند a Persian
     * loan and wants المادة; the accepted wording covers بند and its plural بنود (SDG indicator 10.a.1) (the pattern once read "بنود?", which
     * matches بنو and بنود but not بند).
     */
    @Test
    void agendaItemIsAcceptedInArabicSingularAndPlural() {
        UnStyleProfile ar = profiles.get(UnLanguage.AR);
        String agenda =
                "**البند 5 من جدول الأعمال (جلسة بعد الظهر): مناقشة مواضيعية بشأن مكافحة الجريمة السيبرانية، بما"
                        + " في ذلك إيذاء القصّر واستغلالهم في أنشطة غير مشروعة باستخدام الإنترنت**";
        int item = agenda.indexOf("البند");
        assertThat(ar.accepts(agenda, item, item + "البند".length())).isTrue();
        String items = "نسبة بنود التعريفات الجمركية المطبقة على الواردات من أقل البلدان نمواً"; // SDG 10.a.1
        int plural = items.indexOf("بنود");
        assertThat(ar.accepts(items, plural, plural + "بنود".length())).isTrue();
        assertThat(ar.accepts(agenda, item, item + "البند 5".length()))
                .as("beyond the word")
                .isFalse();
    }

    @Test
    void aMatchInsideAcceptedWordingIsAcceptedButNotOneReachingBeyondIt() {
        UnStyleProfile fr = profiles.get(UnLanguage.FR);
        String text = "Proportion de sièges occupés par des femmes dans a) les parlements nationaux et b) les "
                + "administrations locales";
        int b = text.indexOf("b)");
        assertThat(fr.accepts(text, b + 1, b + 2)).as("the parenthesis of b)").isTrue();
        assertThat(fr.accepts(text, b, b + 2)).as("b) itself").isTrue();
        assertThat(fr.accepts(text, b - 3, b + 2)).as("et b)").isFalse();
        assertThat(fr.accepts("Les (parlements)", 15, 16)).isFalse();
        LanguageMatch inside = match(b + 1, b + 2);
        LanguageMatch outside = match(0, 10);
        assertThat(fr.withoutAccepted(text, List.of(inside, outside))).containsExactly(outside);
    }

    private static LanguageMatch match(int start, int end) {
        return new LanguageMatch(
                "m" + start,
                "UNPAIRED_BRACKETS",
                "",
                "PUNCTUATION",
                MatchKind.GRAMMAR,
                start,
                end,
                "",
                "",
                List.of(),
                false);
    }

    static Stream<Arguments> brokenFiles() {
        String variants = """
                ar\tvariant\tar\tArabic
                zh\tvariant\tzh-CN\tChinese
                en\tvariant\ten-GB\tOxford spelling
                fr\tvariant\tfr\tFrench
                ru\tvariant\tru-RU\tRussian
                """;
        return Stream.of(
                Arguments.of(variants + "es\tvariant\tes\n", "line 6: needs language, setting, value and reason"),
                Arguments.of(variants + "es\tvariant\tes\t \n", "line 6: needs language, setting, value and reason"),
                Arguments.of(variants + "es\tvariant\tes\tSpanish\tmore\n", "line 6: needs language"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nes\tenable\tX\tbecause\n",
                        "line 7: unknown setting 'enable'"),
                Arguments.of(
                        variants + "pt\tvariant\tpt\tPortuguese\n", "line 6: 'pt' is not ar, zh, en, fr, ru or es"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nfr\tvariant\tfr-CA\tCanada\n",
                        "line 7: second variant for fr"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nes\tdisable\tPORQUE\ta reason\n"
                                + "es\tdisable\tPORQUE\tagain\n",
                        "line 8: PORQUE is already disabled for es"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nes\tdisable\tPORQUE \ta reason\n",
                        "line 7: 'PORQUE ' has spaces around it"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nfr\taccept\t(a|b\ta reason\n",
                        "line 7: not a regular expression"),
                Arguments.of(
                        variants + "es\tvariant\tes\tSpanish\nfr\taccept\t(a)?\ta reason\n",
                        "line 7: the pattern (a)? matches empty text"),
                Arguments.of(variants, "no variant for es"));
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void aBrokenFileIsRefusedNamingTheLine(String file, String message) {
        assertThatThrownBy(() -> UnStyleProfile.parse(new BufferedReader(new StringReader(file))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aGoodFileGivesSixProfiles() throws IOException {
        String file = """
                # comment
                ar\tvariant\tar\tArabic
                zh\tvariant\tzh-CN\tChinese
                en\tvariant\ten-GB\tOxford spelling

                en\tdisable\tARROWS\tno arrows in UN text
                en\taccept\t(?i)least developed countries\tno article
                fr\tvariant\tfr\tFrench
                ru\tvariant\tru-RU\tRussian
                es\tvariant\tes\tSpanish
                """;
        Map<UnLanguage, UnStyleProfile> parsed = assertParses(file);
        assertThat(parsed).hasSize(6);
        assertThat(parsed.get(UnLanguage.EN).disabledRules()).containsEntry("ARROWS", "no arrows in UN text");
        assertThat(parsed.get(UnLanguage.EN).accepts("in Least Developed Countries", 3, 8))
                .isTrue();
        assertThat(parsed.get(UnLanguage.FR).disabledRules()).isEmpty();
    }

    private static Map<UnLanguage, UnStyleProfile> assertParses(String file) throws IOException {
        return UnStyleProfile.parse(new BufferedReader(new StringReader(file)));
    }
}
