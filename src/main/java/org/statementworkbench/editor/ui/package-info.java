/** The editor view, its edit pane, conflict and history dialogs, and live updates between open editors. */
@NullMarked
package org.statementworkbench.editor.ui;

import org.jspecify.annotations.NullMarked;
