package org.statementworkbench.languagecheck;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.statementworkbench.glossary.TermEntry;

/**
 * The LanguageTool engines for callers outside Spring (the batch QA command): each one set up with the UN style
 * profile and its matches settled against a glossary, so that callers need none of this module's parts.
 */
public final class LanguageCheckers {

    private LanguageCheckers() {}

    /**
     * The engine of a batch run: LanguageTool in this process when {@code servers} is empty, else those LanguageTool
     * servers (round-robin with failover) waiting up to {@code answerTimeout} for an answer. The glossary's approved
     * terms are no misspellings and its deprecated ones are left to the terminology checks. Close it when done.
     *
     * @param glossary the terms of a glossary file (every one approved), or none
     */
    public static LanguageChecker forBatch(List<URI> servers, Duration answerTimeout, Collection<TermEntry> glossary) {
        LanguageChecker engine = servers.isEmpty()
                ? new InProcessLanguageChecker()
                : new RemoteLanguageChecker(
                        servers, RemoteLanguageChecker.CONNECT_TIMEOUT, answerTimeout, UnStyleProfile.load());
        return new GlossaryAwareLanguageChecker(engine, GlossaryMatchFilter.of(-1, glossary));
    }

    /**
     * The base URLs of a comma-separated list of LanguageTool servers such as {@code http://lt1:8081,http://lt2:8081}
     * (a trailing {@code /v2/check} or {@code /v2} is dropped).
     *
     * @throws IllegalArgumentException naming the entry that is not an http(s) URL with a host, or when none is given
     */
    public static List<URI> servers(String list) {
        return RemoteLanguageChecker.servers(list);
    }
}
