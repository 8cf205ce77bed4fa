package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.EditorPresence;

/** How other people on a segment are named and drawn: initials, one colour per person, one line of text. */
class PresenceNoteTest {

    private static EditorPresence on(String username, String fullName, UnLanguage language) {
        return new EditorPresence("tab-" + username, username, fullName, 1, 2, language, Instant.EPOCH);
    }

    @Test
    void initialsAreTheFirstLettersOfTheFirstAndLastName() {
        assertThat(PresenceAvatars.initials("Amina Haddad")).isEqualTo("AH");
        assertThat(PresenceAvatars.initials("  Marc   Lefèvre ")).isEqualTo("ML");
        assertThat(PresenceAvatars.initials("María José García López")).isEqualTo("ML");
        assertThat(PresenceAvatars.initials("élodie")).isEqualTo("É");
        assertThat(PresenceAvatars.initials("أمينة حداد")).isEqualTo("أح");
        assertThat(PresenceAvatars.initials(" ")).isEqualTo("?");
    }

    @Test
    void eachPersonKeepsOneColourEverywhere() {
        assertThat(PresenceAvatars.colorIndex("amina"))
                .isEqualTo(PresenceAvatars.colorIndex("amina"))
                .isBetween(0, PresenceAvatars.COLORS - 1);
        assertThat(PresenceAvatars.colorIndex("a-name-whose-hash-is-negative-" + Integer.MIN_VALUE))
                .isBetween(0, PresenceAvatars.COLORS - 1);
    }

    @Test
    void theNoteNamesThePeopleAndTheLanguageTheyHaveOpen() {
        assertThat(PresenceNote.describe(List.of(on("marc", "Marc Lefèvre", UnLanguage.FR))))
                .isEqualTo("Marc Lefèvre also has this segment open in French.");
        assertThat(PresenceNote.describe(
                        List.of(on("marc", "Marc Lefèvre", UnLanguage.AR), on("lucia", "Lucía Gómez", UnLanguage.AR))))
                .isEqualTo("Marc Lefèvre, Lucía Gómez also have this segment open in Arabic.");
        assertThat(PresenceNote.describe(
                        List.of(on("marc", "Marc Lefèvre", UnLanguage.FR), on("lucia", "Lucía Gómez", UnLanguage.ES))))
                .isEqualTo("Marc Lefèvre (French), Lucía Gómez (Spanish) also have this segment open.");
    }

    @Test
    void theNoteIsHiddenWhenNoOneElseIsThereAndWarnsOnTheSameLanguage() {
        var note = new PresenceNote();
        note.show(List.of(), UnLanguage.AR);
        assertThat(note.isVisible()).isFalse();

        note.show(List.of(on("marc", "Marc Lefèvre", UnLanguage.FR)), UnLanguage.AR);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.hasClassName("same-language")).isFalse();

        note.show(List.of(on("marc", "Marc Lefèvre", UnLanguage.AR)), UnLanguage.AR);
        assertThat(note.hasClassName("same-language")).isTrue();
        assertThat(note.avatars.getItems()).singleElement().satisfies(item -> {
            assertThat(item.getAbbreviation()).isEqualTo("ML");
            assertThat(item.getName()).isEqualTo("Marc Lefèvre · Arabic");
        });
    }
}
