/**
 * Users, roles, working languages, login throttling and the security configuration.
 * {@link org.statementworkbench.security.UserService} is the module's API; its admin methods are secured.
 */
@NullMarked
package org.statementworkbench.security;

import org.jspecify.annotations.NullMarked;
