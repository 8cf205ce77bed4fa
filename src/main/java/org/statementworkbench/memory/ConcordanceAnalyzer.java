package org.statementworkbench.memory;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.terminology.Analyzers;
import org.statementworkbench.terminology.Token;
import org.statementworkbench.terminology.TokenAnalyzer;

/**
 * How concordance search reads a text: inflection-aware, with the terminology module's {@link TokenAnalyzer} of the
 * language (Russian cases, French elision and plurals, Arabic clitics and broken plurals...), each word as one
 * position holding all its candidate keys; Chinese as Han character bigrams. Texts are indexed with
 * {@code query = false} (every key of running text; Chinese bigrams and single characters); a query is read with
 * {@code query = true} (the keys of a base form; Chinese bigrams only, a lone character as itself), so that any
 * form of a query word meets any form of the same word in a text. Offsets are the text's, for highlighting.
 */
final class ConcordanceAnalyzer extends Analyzer {

    private final UnLanguage language;
    private final boolean query;

    ConcordanceAnalyzer(UnLanguage language, boolean query) {
        this.language = language;
        this.query = query;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (language == UnLanguage.ZH) {
            var tokenizer = new StandardTokenizer();
            var stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer), CJKBigramFilter.HAN, !query);
            return new TokenStreamComponents(tokenizer, stream);
        }
        return new TokenStreamComponents(new KeyTokenizer(Analyzers.forLanguage(language.code()), query));
    }

    /** The tokens of a {@link TokenAnalyzer}: each key a term, the keys of one word at one position. */
    private static final class KeyTokenizer extends Tokenizer {

        private final TokenAnalyzer analyzer;
        private final boolean query;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private List<Token> tokens = List.of();
        private int tokenIndex;
        private int keyIndex;
        private int length;
        private boolean emitted;

        KeyTokenizer(TokenAnalyzer analyzer, boolean query) {
            this.analyzer = analyzer;
            this.query = query;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            var text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
                text.append(buffer, 0, n);
            }
            length = text.length();
            tokens = query ? analyzer.term(text.toString()) : analyzer.text(text.toString());
            tokenIndex = 0;
            keyIndex = 0;
            emitted = false;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            while (tokenIndex < tokens.size()) {
                Token token = tokens.get(tokenIndex);
                if (keyIndex < token.keys().size()) {
                    String key = token.keys().get(keyIndex);
                    keyIndex++;
                    if (key.isEmpty()) {
                        continue;
                    }
                    position.setPositionIncrement(emitted ? 0 : 1);
                    emitted = true;
                    term.setEmpty().append(key);
                    offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
                    return true;
                }
                tokenIndex++;
                keyIndex = 0;
                emitted = false;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(length);
            offset.setOffset(last, last);
        }
    }
}
