/**
 * The glossary screens: search with folding and filters, the concept editor (six languages, Arabic right to
 * left), retire/restore, merging duplicates and each concept's history. Everyone searches and reads; glossary
 * managers and administrators curate (the service checks it again).
 */
@NullMarked
package org.statementworkbench.glossary.ui;

import org.jspecify.annotations.NullMarked;
