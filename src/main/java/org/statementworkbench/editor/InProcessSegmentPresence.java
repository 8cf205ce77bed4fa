package org.statementworkbench.editor;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;

/**
 * The editors open on this server, in memory: nothing to persist, since an editor that is gone (server restart
 * included) has nothing open. The person is always the signed-in one, never a name the caller passes.
 */
@Service
class InProcessSegmentPresence implements SegmentPresence {

    private final Map<String, EditorPresence> editors = new ConcurrentHashMap<>();
    private final UserService users;
    private final DomainEvents events;
    private final Clock clock;

    InProcessSegmentPresence(UserService users, DomainEvents events) {
        this.users = users;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void open(String editorId, long statementId, long segmentId, UnLanguage language) {
        if (editorId.isBlank() || editorId.length() > MAX_EDITOR_ID) {
            throw new IllegalArgumentException("An editor id has 1 to " + MAX_EDITOR_ID + " characters.");
        }
        String username = currentUsername();
        EditorPresence before = editors.get(editorId);
        if (before != null
                && before.username().equals(username)
                && before.statementId() == statementId
                && before.segmentId() == segmentId
                && before.language() == language) {
            return;
        }
        String fullName = before != null && before.username().equals(username)
                ? before.fullName()
                : users.currentUser().map(UserAccount::fullName).orElse(username);
        var now = new EditorPresence(editorId, username, fullName, statementId, segmentId, language, clock.instant());
        EditorPresence previous = editors.put(editorId, now);
        if (previous != null && previous.statementId() != statementId) {
            events.publish(new PresenceChanged(previous.statementId(), editorId, null));
        }
        events.publish(new PresenceChanged(statementId, editorId, now));
    }

    /**
     * No role check: an editor leaves when its tab or session closes, on a thread where no one is signed in. It
     * removes only what the editor id itself had open, and editor ids never reach a browser.
     */
    @Override
    public void leave(String editorId) {
        EditorPresence previous = editors.remove(editorId);
        if (previous != null) {
            events.publish(new PresenceChanged(previous.statementId(), editorId, null));
        }
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<EditorPresence> on(long statementId) {
        return editors.values().stream()
                .filter(e -> e.statementId() == statementId)
                .sorted(Comparator.comparing(EditorPresence::since).thenComparing(EditorPresence::editorId))
                .toList();
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            throw new IllegalStateException("No one is signed in.");
        }
        return authentication.getName();
    }
}
