package org.statementworkbench.qa.number;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/**
 * Finds the numbers a text of one language mentions, in text order. The readers run from the most specific to the
 * most general, each skipping what an earlier one has read: times ("3 p.m."), list markers and Roman numerals,
 * digits with their separators, scale words and per cent, Chinese numerals, month names, number words. One reader per
 * language, built on first use (the word tables take a fraction of a second) and shared: it keeps no state.
 */
final class NumberReader {

    private static final Map<UnLanguage, NumberReader> READERS = new ConcurrentHashMap<>();

    private final UnLanguage language;
    private final ClockTimes times;
    private final DigitNumbers digits;
    private final MonthNames months;
    private final @Nullable NumberWords words;

    private NumberReader(UnLanguage language) {
        this.language = language;
        Lexicon lexicon = Lexicon.of(language);
        this.times = new ClockTimes(language);
        this.digits = new DigitNumbers(language, lexicon);
        this.months = MonthNames.of(language);
        this.words = language == UnLanguage.ZH ? null : new NumberWords(language, lexicon);
    }

    static NumberReader of(UnLanguage language) {
        NumberReader reader = READERS.get(language);
        return reader != null ? reader : READERS.computeIfAbsent(language, NumberReader::new);
    }

    /** The numbers the text mentions, in text order. */
    List<Mention> read(String text) {
        Claims claims = new Claims(NormalizedText.of(text));
        times.read(claims);
        ListMarkers.read(claims);
        digits.read(claims);
        if (language == UnLanguage.ZH) {
            ChineseNumbers.read(claims);
        }
        months.read(claims);
        if (words != null) {
            words.read(claims);
        }
        return claims.mentions();
    }
}
