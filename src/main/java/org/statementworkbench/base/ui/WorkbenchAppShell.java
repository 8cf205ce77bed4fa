package org.statementworkbench.base.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings: Lumo theme plus our own styles from frontend/styles; server push for live edits. Arabic and
 * Chinese text is shown in fonts that ship with the workbench (Noto Naskh Arabic, Noto Sans SC; SIL Open Font
 * License), so every machine shows the same glyphs, also one without CJK fonts. They come from Fontsource's npm
 * packages as variable fonts (every weight in one file) cut into unicode-range subsets: the browser loads only the
 * subsets of the characters on the page (a statement in Chinese needs some 20-40 of the 100 subsets of about 45 KB).
 * The workbench's icon: src/main/resources/META-INF/resources (an SVG, a 32-pixel PNG, /favicon.ico and a
 * home-screen PNG drawn from the same design).
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@NpmPackage(value = "@fontsource-variable/noto-naskh-arabic", version = "5.3.0")
@NpmPackage(value = "@fontsource-variable/noto-sans-sc", version = "5.3.1")
@CssImport("@fontsource-variable/noto-naskh-arabic/index.css")
@CssImport("@fontsource-variable/noto-sans-sc/index.css")
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
