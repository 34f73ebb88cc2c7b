package org.concordance.site;

import java.util.ArrayList;
import java.util.List;


/**
 * The page links of a list shown a page at a time. Page 1 is the list's own address, page n that
 * address with {@code ?page=n}, as in the API; the static snapshot writes page n as the file
 * {@code page-n.html} beside the list's {@code index.html}.
 */
public record Pager(int page, int pages, String previous, String next, List<Link> links, String label) {

    /** One page link; {@code href} null for the current page, {@code gap} for the "…" between far pages. */
    public record Link(int page, String href, boolean gap) {
    }

    /** How many pages on each side of the current one get their own link (besides the first and the last). */
    static final int AROUND = 2;

    static Pager of(Ui ui, String base, int page, int pages) {
        List<Link> links = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= AROUND) {
                if (last != 0 && p > last + 1) {
                    links.add(new Link(0, null, true));
                }
                links.add(new Link(p, p == page ? null : href(ui, base, p), false));
                last = p;
            }
        }
        String label = ui.t("pager.page", page, pages);
        return new Pager(page, pages, page > 1 ? href(ui, base, page - 1) : null, page < pages ? href(ui, base, page + 1) : null,
                pages > 1 ? List.copyOf(links) : List.of(), label);
    }

    static String href(Ui ui, String base, int page) {
        return ui.href(onPage(base, page));
    }

    /** An address (a page's, or its JSON twin's) at page n: the address itself for page 1. */
    static String onPage(String address, int page) {
        return page == 1 ? address : address + (address.contains("?") ? "&" : "?") + "page=" + page;
    }

    /** A list page's title: "page n of m" after it on every page but the first. */
    String title(String title) {
        return page == 1 ? title : title + " · " + label;
    }

    /** The page asked for: 1 when absent, else a whole number from 1 (a 400 naming the parameter otherwise). */
    static int number(String raw) {
        return org.concordance.web.PageRequest.page(raw);
    }

    /** A 404 for a page past the last one (page 1 always exists, empty or not). */
    static void check(String list, int page, int pages) {
        org.concordance.web.Page.check(list, page, pages);
    }
}
