package org.statementworkbench.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the top bar of every signed-in page (such as the count of unread notifications): a
 * Spring bean the {@link MainLayout} asks for a component of its own, so that the base imports no feature.
 */
public interface NavbarItem {

    /** A new component for one page's top bar; called on the request thread of the person signed in. */
    Component create();
}
