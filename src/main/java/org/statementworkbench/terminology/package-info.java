/**
 * Term recognition and term checks: finds glossary terms in running text in any inflected form (Russian cases,
 * Arabic clitics, French elision, Chinese without spaces) with one trie walk per text position over normalized
 * tokens. Uses the glossary's term API ({@code GlossaryTerms}) only.
 */
@NullMarked
package org.statementworkbench.terminology;

import org.jspecify.annotations.NullMarked;
