package org.statementworkbench.terminology;

import java.util.List;

/**
 * A token of a text or term: where it is ({@code start}, {@code end} in UTF-16 units of the original text), its
 * surface as written, and the keys it may match. A term token has one key (its normal form); a text token may have
 * several (e.g. an Arabic word with and without its clitics).
 */
public record Token(int start, int end, String surface, List<String> keys) {

    public Token {
        keys = List.copyOf(keys);
    }

    public String key() {
        return keys.get(0);
    }
}
