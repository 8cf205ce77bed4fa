package org.statementworkbench.security.ui;

import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of the workbench, as strict as Vaadin Flow 25.2 allows:
 * <ul>
 * <li>scripts only from this server, and inline only with the page's nonce (in production mode; the development
 * server injects scripts of its own, so there inline scripts are allowed). {@code 'unsafe-eval'} stays: Flow's
 * client engine turns the JavaScript the server sends ({@code executeJs}, event data) into functions;</li>
 * <li>{@code style-src 'unsafe-inline'}: Vaadin's components and themes add style elements at run time;</li>
 * <li>no plugins, no foreign frames around the workbench, forms only to this server, connections (XHR and the push
 * websocket) only to this server.</li>
 * </ul>
 * Vaadin's page ({@link IndexPageSecurity}) gets {@link #forPage}; every other response without a policy of its
 * own (error pages, downloads opened in the browser) gets {@link #OTHER_RESPONSES}.
 */
final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";

    private static final String COMMON = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String OTHER_RESPONSES = COMMON + "; connect-src 'self'; script-src 'self'";

    private static final SecureRandom random = new SecureRandom();

    private ContentSecurityPolicy() {}

    /** A fresh nonce for one page: 128 random bits. */
    static String newNonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The policy of Vaadin's page; {@code nonce} null: development mode, where inline scripts are allowed and the
     * development server's live-reload websocket may connect.
     */
    static String forPage(@Nullable String nonce) {
        if (nonce == null) {
            return COMMON + "; connect-src 'self' ws: wss:; script-src 'self' 'unsafe-inline' 'unsafe-eval'";
        }
        return COMMON + "; connect-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'";
    }

    /** Adds {@link #OTHER_RESPONSES} to a response that has no policy yet; Vaadin's pages then set their own. */
    static HeaderWriter headerWriter() {
        return (request, response) -> {
            if (!response.containsHeader(HEADER)) {
                response.setHeader(HEADER, OTHER_RESPONSES);
            }
        };
    }
}
