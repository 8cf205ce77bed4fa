package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.ReviewService;

/**
 * The statement's four-eyes setting (reviewers may not approve text they wrote): shown to everyone, changed by
 * reviewers and administrators. A refused change puts the box back.
 */
class FourEyesToggle extends Checkbox {

    private final ReviewService review;
    private long statementId;

    FourEyesToggle(ReviewService review) {
        super("Four eyes");
        this.review = review;
        addClassName("four-eyes");
        setTooltipText("On: a reviewer may not approve a segment whose text they wrote (administrators neither)");
        addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                review.setFourEyes(statementId, e.getValue());
                Notifications.success("Four eyes is " + (e.getValue() ? "on" : "off") + " for this statement.");
            } catch (AccessDeniedException | IllegalArgumentException | IllegalStateException refused) {
                setValue(e.getOldValue());
                Notifications.error(Objects.requireNonNullElse(refused.getMessage(), "Not changed."));
            }
        });
    }

    /** Shows the statement's setting; {@code mayChange}: the person is a reviewer or administrator. */
    void show(long statementId, boolean mayChange) {
        this.statementId = statementId;
        setValue(review.fourEyes(statementId));
        setReadOnly(!mayChange);
    }
}
