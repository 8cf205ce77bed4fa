package org.statementworkbench.languagecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import org.languagetool.server.HTTPServer;
import org.languagetool.server.HTTPServerConfig;
import org.languagetool.server.PortBindingException;

/**
 * A real LanguageTool HTTP server (languagetool-server 6.8) in the test JVM, on 127.0.0.1 and a free port, with the
 * six UN languages of the test classpath (and Catalan and Portuguese, without which its language identifier does not
 * start), caching its rule pipelines as a production server does. Start it once per test class; {@link #close()}
 * stops it.
 */
public final class LanguageToolTestServer implements AutoCloseable {

    private final HTTPServer server;
    private final int port;

    private LanguageToolTestServer(HTTPServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LanguageToolTestServer start() {
        PortBindingException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = freePort();
            try {
                HTTPServerConfig config = new HTTPServerConfig(port);
                // as a production server is configured: reuse the loaded rules across requests
                config.setPipelineCaching(true);
                config.setMaxPipelinePoolSize(16);
                config.setPipelineExpireTime(3600);
                HTTPServer server = new HTTPServer(config, false, "127.0.0.1", Set.of("127.0.0.1"));
                server.run();
                return new LanguageToolTestServer(server, port);
            } catch (PortBindingException e) {
                last = e; // another process took the port in between: try another one
            }
        }
        throw new IllegalStateException("could not start a LanguageTool server on 127.0.0.1", last);
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A loopback URL where nothing listens (the connection is refused). */
    public static String deadUrl() {
        return "http://127.0.0.1:" + freePort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
