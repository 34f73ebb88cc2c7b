package org.concordance.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds links from the configured root path, never a hard-coded "/", so the site and its
 * static snapshot work under a sub-path.
 */
@ApplicationScoped
public class Links {

    private final String root;

    public Links(@ConfigProperty(name = "quarkus.http.root-path", defaultValue = "/") String rootPath) {
        String r = rootPath.endsWith("/") ? rootPath : rootPath + "/";
        this.root = r.startsWith("/") ? r : "/" + r;
    }

    /** Root-relative link: {@code path} without a leading slash. */
    public String to(String path) {
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }

    public String api(String kind, String slug) {
        return to("api/" + kind + "/" + encode(slug));
    }

    public String page(String kind, String slug) {
        return to(kind + "/" + encode(slug));
    }

    /**
     * The permalink of an item shown on a paged detail page (a position on its measure's page, a
     * signature on its document's): {@code /measures/m?position=id#position-id}. The page finds
     * which of its pages holds the item, so the link stays valid however the list grows.
     */
    public String item(String kind, String slug, String item, String id) {
        return page(kind, slug) + "?" + item + "=" + encode(id) + "#" + item + "-" + id;
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
