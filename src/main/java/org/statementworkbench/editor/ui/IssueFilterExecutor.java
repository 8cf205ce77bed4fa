package org.statementworkbench.editor.ui;

import org.springframework.stereotype.Component;
import org.statementworkbench.base.BoundedExecutor;

/**
 * The threads that run every segment's checks for the editor's issue filter (seconds over thousands of segments: no
 * work for a request thread): two, with at most 100 lists waiting.
 */
@Component
class IssueFilterExecutor extends BoundedExecutor {

    IssueFilterExecutor() {
        super("issue-filter-", 2, 100);
    }
}
