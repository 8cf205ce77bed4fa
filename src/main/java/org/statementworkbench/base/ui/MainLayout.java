package org.statementworkbench.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The frame around every signed-in view: the menu, built from the {@code @Menu} annotations of the views the
 * user's roles may open (so the base never imports a feature), and who is signed in with a sign-out button. Both
 * are rebuilt when an administrator changes the person's roles ({@link AccountChangedEvent}). Features add to the
 * top bar through {@link NavbarItem} beans.
 */
@Layout
// The segment editor's web component goes into the bundle every page loads, not only into the editor route's lazy
// chunk: the component's browser test (a test-only route) needs it. A module path, so the base imports no feature.
@JsModule("./components/segment-editor.ts")
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String TITLE_SUFFIX = " | Statement Workbench";

    final SideNav nav = new SideNav();
    final H1 viewTitle = new H1();
    final Span roles = new Span();
    private final AuthenticationContext authentication;
    private @Nullable Registration accountChanges;

    MainLayout(AuthenticationContext authentication, List<NavbarItem> navbarItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        nav.setLabel("Menu");
        viewTitle.addClassName("workbench-title");
        addToNavbar(new DrawerToggle(), viewTitle);
        navbarItems.forEach(item -> addToNavbar(item.create()));
        addToDrawer(createHeader(), new Scroller(nav), createFooter());
        showAccount();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        accountChanges = ComponentUtil.addListener(event.getUI(), AccountChangedEvent.class, e -> showAccount());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (accountChanges != null) {
            accountChanges.remove();
            accountChanges = null;
        }
    }

    /** The menu items and the roles shown, for the roles the person holds now. */
    private void showAccount() {
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        roles.setText(authentication.getGrantedRoles().stream()
                .map(r -> r.replace('_', ' ').toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(", ")));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getCurrentPageTitle();
        viewTitle.setText(
                title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title);
    }

    private String getCurrentPageTitle() {
        var content = getContent();
        if (content instanceof HasDynamicTitle dynamic) {
            return dynamic.getPageTitle();
        }
        @Nullable
        PageTitle annotation = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        return annotation == null ? "" : annotation.value();
    }

    private static Component createHeader() {
        var logo = VaadinIcon.GLOBE_WIRE.create();
        logo.addClassName("workbench-logo");
        var name = new Span("Statement Workbench");
        name.addClassName("workbench-app-name");
        var header = new Header(logo, name);
        header.addClassName("workbench-drawer-header");
        return header;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
    }

    private Component createFooter() {
        var footer = new Footer();
        footer.addClassName("workbench-drawer-footer");
        String name = authentication.getPrincipalName().orElse("");
        var who = new Div(new Span(name), roles);
        who.addClassName("workbench-user");
        // a navigation, so that the view being left can keep unsaved work first (SignOutView)
        var signOut = new Button(
                "Sign out",
                VaadinIcon.SIGN_OUT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(SignOutView.class)));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        footer.add(who, signOut);
        return footer;
    }
}
