package org.statementworkbench.editor.ui;

import java.util.Arrays;
import java.util.Locale;
import org.statementworkbench.editor.EditorPresence;

/** How a person with a segment open is drawn: initials, a colour of their own, and a line saying who and where. */
final class PresenceAvatars {

    /** Lumo has seven user colours (--vaadin-user-color-0 to 6). */
    static final int COLORS = 7;

    private PresenceAvatars() {}

    /** The initials of the first and last name ("Amina Haddad" → "AH"); one letter for a single name. */
    static String initials(String fullName) {
        String[] words = Arrays.stream(fullName.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return "?";
        }
        String first = firstLetter(words[0]);
        return words.length == 1 ? first : first + firstLetter(words[words.length - 1]);
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
    }

    /** The same colour for the same person everywhere, in every editor. */
    static int colorIndex(String username) {
        return Math.floorMod(username.hashCode(), COLORS);
    }

    /** "Amina Haddad · Arabic": who, and which language they have open. */
    static String title(EditorPresence presence) {
        return presence.fullName() + " · " + presence.language().englishName();
    }
}
