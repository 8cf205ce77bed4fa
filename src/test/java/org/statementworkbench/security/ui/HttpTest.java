package org.statementworkbench.security.ui;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statementworkbench.TestData;
import org.statementworkbench.base.UnLanguage;

/**
 * A test of real HTTP requests against the workbench on a random port (the same context as the browser tests), by
 * people made with {@link TestData}: they sign in with {@link TestData#PASSWORD}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
abstract class HttpTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    /** A new browser: its own cookies, nobody signed in. */
    WebClient browser() {
        return new WebClient(port);
    }

    /** Creates a translator of Arabic and French; returns the user name. */
    String translator(String username) {
        return data.translator(username, "Nadia Benali", UnLanguage.AR, UnLanguage.FR);
    }
}
