package org.statementworkbench.comment;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code @username} mentions in a comment: an at sign not preceded by a letter, digit or one of {@code ._-@}
 * (so an e-mail address is not a mention), then a username as accounts have them (3 to 64 of a-z, 0-9, '.', '_',
 * '-'), compared in lower case; a full stop or hyphen that ends the sentence after the name is not part of it.
 */
final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([A-Za-z0-9][A-Za-z0-9._-]{1,63})");

    private Mentions() {}

    /** The names mentioned, in the order they first appear. Whether such people exist is for the caller. */
    static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        var m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[._-]+$", "");
            if (name.length() >= 3) {
                names.add(name);
            }
        }
        return names;
    }
}
