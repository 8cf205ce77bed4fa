/**
 * The side-by-side editor: composes statements, the glossary and the term checks. Kept apart from
 * {@code statement} so that statement never depends on terminology or QA: the approval gates on term errors
 * and on the errors of the built-in checks ({@code TermApprovalGate}, {@code ChecksApprovalGate}: implementations of
 * statement's {@code ApprovalGate}) and the terminology report
 * ({@link org.statementworkbench.editor.TerminologyReportService}) live here.
 */
@NullMarked
package org.statementworkbench.editor;

import org.jspecify.annotations.NullMarked;
