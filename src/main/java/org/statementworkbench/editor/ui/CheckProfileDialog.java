package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.editor.CheckProfileService;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.qa.CheckProfile.Level;

/**
 * The check profile of a statement: per check family whether it runs and at which severity, and settings for single
 * check ids (one per line, {@code number.mismatch = warning}). Reviewers and administrators change it; everyone else
 * sees it read-only. Keyboard: Tab through the fields, Ctrl+Enter saves, Esc closes.
 */
class CheckProfileDialog extends Dialog {

    /** The families as the dialog names them. */
    static final Map<String, String> LABELS = Map.of(
            "number", "Numbers",
            "symbol", "Document symbols, URLs, e-mail",
            "punct", "Punctuation",
            "space", "Spaces",
            "text", "Untranslated, repeated words",
            "marker", "Formatting markers",
            "inconsistent", "Inconsistent translations",
            "cross-target", "Numbers across target languages",
            "term", "Terminology",
            "lt", "Spelling, grammar, style (LanguageTool)");

    final Map<String, Select<@Nullable Level>> families = new LinkedHashMap<>();
    final TextArea checkIds = new TextArea("Single checks");
    final Button save = new Button("Save");
    final Button unDefault = new Button("UN default");

    private final CheckProfileService profiles;
    private final long statementId;
    private final Consumer<CheckProfile> onSaved;

    CheckProfileDialog(
            CheckProfileService profiles, long statementId, boolean mayChange, Consumer<CheckProfile> onSaved) {
        this.profiles = profiles;
        this.statementId = statementId;
        this.onSaved = onSaved;
        setHeaderTitle("Check profile");
        setWidth("min(42rem, 95vw)");
        addClassName("check-profile-dialog");
        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        for (String family : CheckProfile.FAMILIES) {
            Select<@Nullable Level> level = new Select<>();
            level.setLabel(LABELS.getOrDefault(family, family) + " (" + family + ")");
            level.setItems(Level.values());
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption("As reported");
            level.setItemLabelGenerator(l -> l == null ? "As reported" : l.label());
            level.setReadOnly(!mayChange);
            families.put(family, level);
            form.add(level);
        }
        checkIds.setWidthFull();
        checkIds.setPlaceholder("number.mismatch = warning");
        checkIds.setHelperText("One check id per line with error, warning, info or off; it wins over its family.");
        checkIds.setReadOnly(!mayChange);
        add(
                new Paragraph("Which checks run on this statement and how severe their findings are. Errors block"
                        + " approval (a reviewer may approve over them with a justification)."),
                form,
                checkIds);
        show(profiles.profile(statementId));
        var close = new Button("Close", e -> close());
        if (mayChange) {
            unDefault.addClickListener(e -> show(CheckProfile.UN_DEFAULT));
            unDefault.setTooltipText("Every check on, at the severity it reports");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
            save.setTooltipText("Save (Ctrl+Enter)");
            getFooter().add(unDefault, close, save);
        } else {
            add(new Paragraph("Only a reviewer or an administrator changes the profile."));
            getFooter().add(close);
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                families.values().iterator().next().focus();
            }
        });
    }

    private void show(CheckProfile profile) {
        families.forEach((family, select) -> select.setValue(profile.setting(family)));
        checkIds.setValue(profile.settings().entrySet().stream()
                .filter(e -> e.getKey().contains("."))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " = " + e.getValue().label())
                .collect(Collectors.joining("\n")));
    }

    /** The profile the fields show; a clear message for a line that is not {@code id = level}. */
    CheckProfile profile() {
        CheckProfile profile = CheckProfile.UN_DEFAULT;
        for (var e : families.entrySet()) {
            profile = profile.with(e.getKey(), e.getValue().getValue());
        }
        for (String line : checkIds.getValue().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            if (parts.length != 2 || !parts[0].strip().contains(".")) {
                throw new IllegalArgumentException("Write each single check as “check.id = level”, not “"
                        + line.strip() + "” (levels: "
                        + Arrays.stream(Level.values()).map(Level::label).collect(Collectors.joining(", "))
                        + ").");
            }
            profile = profile.with(parts[0].strip(), Level.fromLabel(parts[1]));
        }
        return profile;
    }

    void save() {
        try {
            CheckProfile saved = profiles.save(statementId, profile());
            close();
            Notifications.success("The check profile is saved.");
            onSaved.accept(saved);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            Notifications.error(Objects.requireNonNullElse(e.getMessage(), "The profile was not saved."));
        }
    }
}
