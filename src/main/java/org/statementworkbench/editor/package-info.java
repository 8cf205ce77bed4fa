/**
 * The side-by-side editor: composes statements, (later) the glossary and QA checks. Kept apart from
 * {@code statement} so that statement never depends on QA.
 */
@NullMarked
package org.statementworkbench.editor;

import org.jspecify.annotations.NullMarked;
