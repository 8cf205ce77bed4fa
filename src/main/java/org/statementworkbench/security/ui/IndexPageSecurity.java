package org.statementworkbench.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * What every Vaadin page (the bootstrap page of any route) gets on its way out: the Content-Security-Policy with a
 * fresh nonce on each of the page's scripts, and Spring's CSRF token as the {@code _csrf} / {@code _csrf_parameter}
 * meta tags that Vaadin's login form sends with its POST. Vaadin may call this twice for one page; the second call
 * replaces what the first added.
 */
@Component
class IndexPageSecurity implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        boolean production = event.getSource().getDeploymentConfiguration().isProductionMode();
        event.addIndexHtmlRequestListener(page -> secure(page, production));
    }

    static void secure(IndexHtmlResponse page, boolean production) {
        Document document = page.getDocument();
        String nonce = production ? ContentSecurityPolicy.newNonce() : null;
        if (nonce != null) {
            document.getElementsByTag("script").attr("nonce", nonce);
        }
        page.getVaadinResponse().setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.forPage(nonce));
        document.head()
                .select("meta[name=_csrf], meta[name=_csrf_parameter], meta[name=_csrf_header]")
                .remove();
        if (page.getVaadinRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            meta(document, "_csrf_parameter", token.getParameterName());
            meta(document, "_csrf_header", token.getHeaderName());
            meta(document, "_csrf", token.getToken());
        }
    }

    private static void meta(Document document, String name, String content) {
        Element meta = document.head().appendElement("meta");
        meta.attr("name", name);
        meta.attr("content", content);
    }
}
