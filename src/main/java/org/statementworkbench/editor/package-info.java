/**
 * The side-by-side editor: composes statements, the glossary and the term checks. Kept apart from
 * {@code statement} so that statement never depends on terminology or QA: the approval gate on term errors
 * ({@code TermApprovalGate}, an implementation of statement's {@code ApprovalGate}) and the terminology report
 * ({@link org.statementworkbench.editor.TerminologyReportService}) live here.
 */
@NullMarked
package org.statementworkbench.editor;

import org.jspecify.annotations.NullMarked;
