package org.statementworkbench.memory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of a text as CAT tools count them for an analysis: Unicode words (UAX #29, Lucene's standard tokenizer),
 * numbers included, punctuation and formatting markers not; each Chinese (Han) character counts as a word.
 */
final class WordCount {

    private WordCount() {}

    static int of(String text) {
        try (var tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            int words = 0;
            while (tokenizer.incrementToken()) {
                words++;
            }
            tokenizer.end();
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
