package org.statementworkbench;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browserless view test whose people sign in with {@link TestSignIn}: it signs out only after Vaadin's
 * clean-up, which still runs queued UI updates as the signed-in user.
 */
public abstract class SignedInBrowserlessTest extends SpringBrowserlessTest {

    @Override
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
