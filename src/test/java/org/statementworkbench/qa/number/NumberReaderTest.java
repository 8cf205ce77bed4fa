package org.statementworkbench.qa.number;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.UnLanguage;

/**
 * What the reader of each language takes a text to mention: each case lists the mentions in text order as
 * {@code kind value} (with {@code |alternative} where the writing is ambiguous, and {@code ?} for an optional one).
 */
class NumberReaderTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                // separators
                read("en", "1,000.5 tonnes and 12,800,000 people", "NUMBER 1000.5", "NUMBER 12800000"),
                read(
                        "fr",
                        "1 000,5 t ; 1\u00A0000,5 t ; 1\u202F000,5 t",
                        "NUMBER 1000.5",
                        "NUMBER 1000.5",
                        "NUMBER 1000.5"),
                read("es", "1.000,5 toneladas", "NUMBER 1000.5"),
                read("ru", "1 000,5 тонны", "NUMBER 1000.5"),
                read("en", "paragraphs 3,4 and 5", "NUMBER 3", "NUMBER 4", "NUMBER 5"),
                read("fr", "le paragraphe 2.1", "NUMBER 2.1"),
                read("en", "indicator 1.2.3", "NUMBER 1", "NUMBER 2", "NUMBER 3"),
                read("ar", "لكل 100,000 و 0,7 و 1.25", "NUMBER 100000|100", "NUMBER 0.7", "NUMBER 1.25"),
                read("ar", "لكل 000 100 عامل و 000 1 شخص", "NUMBER 100000", "NUMBER 1000"),
                read("ar", "١٬٠٠٠٫٥ طن و ۲۰۳۰", "NUMBER 1000.5", "NUMBER 2030"),
                read("zh", "每1 000例活产", "NUMBER 1000"),
                // scale words and per cent
                read(
                        "en",
                        "$100 billion, 12.8 million, per million",
                        "NUMBER 100000000000",
                        "NUMBER 12800000",
                        "NUMBER 1000000"),
                read("fr", "12,8 millions, 50 pour cent", "NUMBER 12800000", "PERCENT 50"),
                read("es", "100.000 millones de dólares, el 3%", "NUMBER 100000000000", "PERCENT 3"),
                read("ru", "100 млрд. долл., 3 процентов", "NUMBER 100000000000", "PERCENT 3"),
                read(
                        "ar",
                        "100 بليون دولار، 50 في المائة، لكل مليون",
                        "NUMBER 100000000000",
                        "PERCENT 50",
                        "NUMBER 1000000"),
                read(
                        "zh",
                        "1000亿美元，1 280多万人，10万例，每百万居民",
                        "NUMBER 100000000000",
                        "NUMBER 12800000",
                        "NUMBER 100000",
                        "NUMBER 1000000"),
                // Chinese numerals
                read("zh", "第七十届会议，百分之五十，十二点八，一千二百八十万", "ORDINAL 70", "PERCENT 50", "NUMBER 12.8", "NUMBER 12800000"),
                read("zh", "2022年5月16日", "NUMBER 2022", "MONTH 5", "NUMBER 16"),
                read("zh", "千年发展目标和这一点", "NUMBER 1?"),
                read("zh", "二〇三〇年", "NUMBER 2030"),
                // number words and ordinals
                read("en", "At its fifty-third session, in the twenty-first century", "ORDINAL 53", "ORDINAL 21"),
                read("fr", "à sa cinquante-troisième session, vingt et un États", "ORDINAL 53", "NUMBER 21"),
                read("es", "quincuagésimo tercer período de sesiones, cincuenta y tres", "ORDINAL 53", "NUMBER 53"),
                read("ru", "на пятьдесят третьей сессии; пятьдесят третья сессия", "ORDINAL 53", "ORDINAL 53"),
                read("ar", "الدورة الثالثة والخمسين، القرن الحادي والعشرين", "ORDINAL 53", "ORDINAL 21"),
                read("ar", "خلال الاثني عشر شهرا وبثلاثة", "NUMBER 12", "NUMBER 3?"),
                read("fr", "50 pour cent", "PERCENT 50"),
                read("fr", "un travail décent", "NUMBER 1?"),
                read("fr", "le Cadre décennal", "NUMBER 10?"),
                read("en", "reduce by half", "NUMBER 50|0.5?"),
                // times
                read("en", "at 3 p.m. and 10.30 a.m.", "TIME 15", "TIME 10.3"),
                read("fr", "à 15 heures et à 10 h 30", "TIME 15", "TIME 10.3"),
                read("es", "a las 15.00 horas", "TIME 15"),
                read("ru", "в 15 ч. 00 м.", "TIME 15"),
                read("ar", "في الساعة 15:00", "TIME 15"),
                read("zh", "下午3时，15时，下午3时30分", "TIME 15", "TIME 15", "TIME 15.3"),
                // months
                read("en", "16 May 2022; Member States may wish", "NUMBER 16", "MONTH 5", "NUMBER 2022"),
                read("en", "in May, in October", "MONTH 5", "MONTH 10"),
                read("fr", "le 16 mai 2022", "NUMBER 16", "MONTH 5", "NUMBER 2022"),
                read("es", "16 de mayo de 2022", "NUMBER 16", "MONTH 5", "NUMBER 2022"),
                read("ru", "16 мая 2022 года", "NUMBER 16", "MONTH 5", "NUMBER 2022"),
                read(
                        "ar",
                        "16 أيار/مايو 2022، في تشرين الأول/أكتوبر",
                        "NUMBER 16",
                        "MONTH 5",
                        "NUMBER 2022",
                        "MONTH 10"),
                read("ar", "مارس الحق", new String[0]),
                // ranges and years
                read("en", "for 2013/14 and 2015–2030", "NUMBER 2013", "NUMBER 2014", "NUMBER 2015", "NUMBER 2030"),
                read("zh", "2013–2014年", "NUMBER 2013", "NUMBER 2014"),
                // list markers and Roman numerals
                read(
                        "en",
                        "(a) first; (b) second; (ii) third",
                        "MARKER 1",
                        "ORDINAL 1?",
                        "MARKER 2",
                        "ORDINAL 2?",
                        "MARKER 102",
                        "ORDINAL 3?"),
                read("fr", "a) Promouvoir ; b) Renforcer", "MARKER 1", "MARKER 2"),
                read("ar", "(أ) تعزيز؛ (هـ) دعم؛ ’2‘ القراءة", "MARKER 1", "MARKER 5", "MARKER 102"),
                read("zh", "(一) 阅读和(二) 数学", "MARKER 101", "MARKER 102"),
                read("en", "Chapter VII; annex I; In 2030 I said", "NUMBER 7", "NUMBER 1", "NUMBER 2030"),
                read("fr", "au XXIe siècle", "NUMBER 21"),
                // a digit 1 alone is optional, not in a symbol
                read("es", "niños menores de 1 año", "NUMBER 1?"),
                read("en", "resolution 70/1", "NUMBER 70", "NUMBER 1"));
    }

    private static Arguments read(String language, String text, String... expected) {
        return Arguments.of(language, text, List.of(expected));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void readsTheMentions(String language, String text, List<String> expected) {
        List<Mention> mentions = NumberReader.of(UnLanguage.ofCode(language)).read(text);
        assertThat(mentions.stream().map(NumberReaderTest::describe).toList()).isEqualTo(expected);
        for (Mention m : mentions) {
            assertThat(m.span().fitsIn(text.length())).as("span of %s", m).isTrue();
        }
    }

    static String describe(Mention m) {
        return m.kind() + " " + m.valueText()
                + (m.alternative() == null ? "" : "|" + m.alternative().toPlainString())
                + (m.optional() ? "?" : "");
    }

    @Test
    void spansPointIntoTheTextAsWritten() {
        String text = "بحلـول عـام ٢٠٣٠ تخفيض الوفيات";
        Mention m = NumberReader.of(UnLanguage.AR).read(text).getFirst();
        assertThat(m.span().of(text)).isEqualTo("٢٠٣٠");
        String decomposed = "de\u0301cennal 2030";
        assertThat(NumberReader.of(UnLanguage.FR)
                        .read(decomposed)
                        .getLast()
                        .span()
                        .of(decomposed))
                .isEqualTo("2030");
    }

    /** Every cardinal and ordinal ICU spells out from 1 to 100 reads back as its number, in every rule set. */
    @Test
    void readsEveryNumberIcuSpellsOutUpToOneHundred() {
        List<String> failures = new ArrayList<>();
        for (UnLanguage language : UnLanguage.values()) {
            RuleBasedNumberFormat format =
                    new RuleBasedNumberFormat(ULocale.forLanguageTag(language.code()), RuleBasedNumberFormat.SPELLOUT);
            for (String set : format.getRuleSetNames()) {
                if (set.endsWith("-year") || set.contains("financial") || set.contains("days")) {
                    continue;
                }
                for (int n = 1; n <= 100; n++) {
                    String spelled = format.format(n, set);
                    List<Mention> read = NumberReader.of(language).read(spelled);
                    if (read.size() != 1 || read.getFirst().value().intValue() != n) {
                        failures.add(language.code() + " " + set + " " + n + " \"" + spelled + "\": " + read);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }
}
