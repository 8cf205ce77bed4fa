/** The "My notifications" view and the unread count in the top bar. */
@NullMarked
package org.statementworkbench.comment.ui;

import org.jspecify.annotations.NullMarked;
