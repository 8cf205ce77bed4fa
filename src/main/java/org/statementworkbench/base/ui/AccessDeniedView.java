package org.statementworkbench.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * What a signed-in person sees when they open a page their roles do not include (a translator typing
 * /admin/users): a plain "not allowed" inside the usual frame, menu included, instead of Vaadin's bare "could not
 * navigate" page. Visitors who are not signed in never get here: they are sent to the sign-in page.
 */
@ParentLayout(MainLayout.class)
@PageTitle("Not allowed | Statement Workbench")
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    final Paragraph explanation = new Paragraph();

    public AccessDeniedView() {
        addClassName("workbench-access-denied");
        explanation.setText("Your roles do not include this page. If your work needs it, ask an administrator.");
        add(new H2("Not allowed"), explanation, new Anchor("", "Back to the statements"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        explanation.setText("Your roles do not include the page '"
                + event.getLocation().getPath() + "'. If your work needs it, ask an administrator.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
