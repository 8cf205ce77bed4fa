package org.statementworkbench.memory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.statementworkbench.base.UnLanguage;

/**
 * How the index splits a text of one language into the terms candidates are retrieved by: Unicode words (UAX #29),
 * lower-cased; Chinese (Han) as overlapping character bigrams, a lone character as itself; Arabic without tatweel
 * and short vowels. No stemming and no stop words: retrieval only has to bring the exactly scored candidates.
 */
final class MemoryAnalyzer extends Analyzer {

    private final UnLanguage language;

    MemoryAnalyzer(UnLanguage language) {
        this.language = language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream);
        if (language == UnLanguage.AR) {
            stream = new ArabicNormalizationFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
