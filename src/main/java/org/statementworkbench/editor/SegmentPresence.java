package org.statementworkbench.editor;

import java.util.List;
import org.statementworkbench.base.UnLanguage;

/**
 * Who has which segment open in an editor, so that people see each other and avoid editing the same segment
 * rather than resolving conflicts afterwards. Each change is published as a {@link PresenceChanged} event.
 * The implementation today keeps the editors of this server in memory; a later one may share them between
 * servers by carrying these events, without changing its users.
 */
public interface SegmentPresence {

    /** The longest editor id accepted. */
    int MAX_EDITOR_ID = 100;

    /**
     * The signed-in person's editor {@code editorId} now has this segment open in {@code language}; it leaves
     * whatever it had open before (in this or another statement).
     *
     * @throws IllegalArgumentException if the editor id is blank or longer than {@link #MAX_EDITOR_ID}
     */
    void open(String editorId, long statementId, long segmentId, UnLanguage language);

    /** The editor was closed (tab closed, person left the editor, session ended): it has nothing open any more. */
    void leave(String editorId);

    /** The editors that have a segment of this statement open, earliest first. */
    List<EditorPresence> on(long statementId);
}
