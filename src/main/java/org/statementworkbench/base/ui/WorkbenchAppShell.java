package org.statementworkbench.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme plus our own styles from frontend/styles; server push for live edits; the
 * workbench's icon (src/main/resources/META-INF/resources: an SVG, a 32-pixel PNG, /favicon.ico and a
 * home-screen PNG drawn from the same design).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@CssImport("./styles/workbench.css")
public class WorkbenchAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Statement Workbench");
        settings.addMetaTag("description", "Translating UN statements into the six official languages");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "icons/apple-touch-icon.png", "180x180");
    }
}
