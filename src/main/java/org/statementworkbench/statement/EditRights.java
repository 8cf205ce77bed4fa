package org.statementworkbench.statement;

/** Whether the signed-in user may edit a language, and set Reviewed/Approved in it. */
public record EditRights(boolean canEdit, boolean canReview) {}
