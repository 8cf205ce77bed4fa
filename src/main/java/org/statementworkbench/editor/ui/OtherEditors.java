package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcaster;
import org.statementworkbench.editor.EditorPresence;
import org.statementworkbench.editor.PresenceChanged;
import org.statementworkbench.editor.SegmentPresence;

/**
 * This editor's presence and the other people's editors on its statement: tells {@link SegmentPresence} which
 * segment this editor shows (or that it left), and keeps a live picture of who else has which segment open,
 * from the published changes (pushed onto this editor's UI). The person's own other tabs are not "others".
 */
class OtherEditors {

    private final SegmentPresence presence;
    private final UiBroadcaster<PresenceChanged> broadcaster;
    private final String editorId = UUID.randomUUID().toString();
    private final String me;
    /** The others' editors on the statement, by editor id, in the order they arrived. */
    private final Map<String, EditorPresence> others = new LinkedHashMap<>();

    private long statementId = -1;
    private @Nullable Registration registration;

    OtherEditors(SegmentPresence presence, UiBroadcaster<PresenceChanged> broadcaster, String me) {
        this.presence = presence;
        this.broadcaster = broadcaster;
        this.me = me;
    }

    /** The others that have this segment open, earliest first. */
    List<EditorPresence> on(long segmentId) {
        List<EditorPresence> here = new ArrayList<>();
        for (EditorPresence p : others.values()) {
            if (p.segmentId() == segmentId) {
                here.add(p);
            }
        }
        return here;
    }

    /** This editor now shows this segment in {@code language}. */
    void open(long statementId, long segmentId, UnLanguage language) {
        if (statementId != this.statementId) {
            this.statementId = statementId;
            others.clear();
            presence.on(statementId).forEach(this::take);
        }
        presence.open(editorId, statementId, segmentId, language);
    }

    /** This editor shows no segment (the person left it, or a filter left nothing to show). */
    void leave() {
        presence.leave(editorId);
    }

    /**
     * Starts hearing the others while {@code owner} is attached; {@code changed} gets the segments someone arrived
     * at or left, on the UI thread.
     */
    void listen(Component owner, Consumer<Set<Long>> changed) {
        stopListening();
        // changes missed while not listening: the next open() starts from the current picture again
        statementId = -1;
        others.clear();
        registration = broadcaster.register(owner, event -> {
            if (!event.editorId().equals(editorId)) {
                Set<Long> segments = apply(event);
                if (!segments.isEmpty()) {
                    changed.accept(segments);
                }
            }
        });
    }

    /** Stops hearing the others and leaves: the editor was closed. */
    void close() {
        stopListening();
        leave();
    }

    private void stopListening() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    /** Applies one change; the segments whose company it changed. */
    private Set<Long> apply(PresenceChanged event) {
        Set<Long> segments = new HashSet<>();
        if (event.statementId() != statementId) {
            return segments;
        }
        EditorPresence before = others.remove(event.editorId());
        if (before != null) {
            segments.add(before.segmentId());
        }
        EditorPresence now = event.now();
        if (now != null && take(now)) {
            segments.add(now.segmentId());
        }
        return segments;
    }

    private boolean take(EditorPresence p) {
        if (p.username().equals(me) || p.editorId().equals(editorId)) {
            return false;
        }
        others.put(p.editorId(), p);
        return true;
    }
}
