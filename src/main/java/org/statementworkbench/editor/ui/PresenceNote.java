package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.EditorPresence;

/**
 * Who else has the open segment open, above the edit pane: their avatars and one line naming them with the
 * language they have open; marked as a warning when one of them has the same language open. Hidden when the
 * person is alone on the segment.
 */
class PresenceNote extends Div {

    final AvatarGroup avatars = new AvatarGroup();
    final Span text = new Span();

    PresenceNote() {
        addClassName("presence-note");
        avatars.addThemeVariants(AvatarGroupVariant.LUMO_XSMALL);
        avatars.setMaxItemsVisible(4);
        text.addClassName("presence-text");
        getElement().setAttribute("role", "status");
        add(avatars, text);
        setVisible(false);
    }

    /** Shows {@code others} (on the open segment), the person having it open in {@code language}. */
    void show(List<EditorPresence> others, UnLanguage language) {
        setVisible(!others.isEmpty());
        avatars.setItems(others.stream()
                .map(p -> {
                    var item = new AvatarGroup.AvatarGroupItem(PresenceAvatars.title(p), null);
                    item.setAbbreviation(PresenceAvatars.initials(p.fullName()));
                    item.setColorIndex(PresenceAvatars.colorIndex(p.username()));
                    return item;
                })
                .toList());
        boolean sameLanguage = others.stream().anyMatch(p -> p.language() == language);
        setClassName("same-language", sameLanguage);
        text.setText(others.isEmpty() ? "" : describe(others));
        text.setTitle(text.getText());
    }

    /** "Amina Haddad also has this segment open in Arabic." or, for several, each with their language. */
    static String describe(List<EditorPresence> others) {
        List<String> names =
                others.stream().map(EditorPresence::fullName).distinct().toList();
        boolean oneLanguage =
                others.stream().map(EditorPresence::language).distinct().count() == 1;
        String who = oneLanguage
                ? String.join(", ", names)
                : others.stream()
                        .map(p -> p.fullName() + " (" + p.language().englishName() + ")")
                        .distinct()
                        .collect(Collectors.joining(", "));
        String verb = names.size() == 1 ? " also has this segment open" : " also have this segment open";
        String where = oneLanguage ? " in " + others.getFirst().language().englishName() : "";
        return who + verb + where + ".";
    }
}
