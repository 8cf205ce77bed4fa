package org.statementworkbench.editor;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.statement.StatementService;

/**
 * The check profile of each statement (which checks run, how severe their findings are), stored as one row per
 * setting. Everyone signed in reads it (the editor, the approval gates and the QA report apply it); reviewers and
 * administrators change it. A statement nobody changed has the UN default.
 */
@Service
@Transactional
public class CheckProfileService {

    private static final Logger log = LoggerFactory.getLogger(CheckProfileService.class);

    private final CheckProfileSettingRepository settings;
    private final StatementService statements;
    private final DomainEvents events;

    CheckProfileService(CheckProfileSettingRepository settings, StatementService statements, DomainEvents events) {
        this.settings = settings;
        this.statements = statements;
        this.events = events;
    }

    /** The statement's profile; the UN default when nobody changed it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CheckProfile profile(long statementId) {
        return read(statementId);
    }

    /** The profile without a role check, for the approval gates (they run inside a save that checked its rights). */
    CheckProfile read(long statementId) {
        Map<String, CheckProfile.Level> found = new HashMap<>();
        for (CheckProfileSetting s : settings.findByStatementId(statementId)) {
            found.put(s.checkKey(), s.level());
        }
        return found.isEmpty() ? CheckProfile.UN_DEFAULT : new CheckProfile(found);
    }

    /** Replaces the statement's profile ({@link CheckProfile#UN_DEFAULT} goes back to the default). */
    @PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
    public CheckProfile save(long statementId, CheckProfile profile) {
        if (statements.find(statementId).isEmpty()) {
            throw new IllegalArgumentException("There is no statement " + statementId + ".");
        }
        String by = CurrentUser.name();
        Instant now = Instant.now();
        settings.deleteByStatement(statementId);
        profile.settings()
                .forEach((key, level) -> settings.save(new CheckProfileSetting(statementId, key, level, by, now)));
        log.info("{} set the check profile of statement {} to {}", by, statementId, profile.settings());
        events.publish(new CheckProfileChanged(statementId));
        return read(statementId);
    }
}
