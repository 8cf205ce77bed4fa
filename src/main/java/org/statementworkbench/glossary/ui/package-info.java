/**
 * The glossary screens: search with folding and filters, the concept editor (six languages, Arabic right to
 * left), retire/restore, merging duplicates, each concept's history, import and export of glossary files, and the
 * term proposal queue. Everyone searches and reads; glossary managers and administrators curate (the services
 * check it again).
 */
@NullMarked
package org.statementworkbench.glossary.ui;

import org.jspecify.annotations.NullMarked;
