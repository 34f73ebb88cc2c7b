package org.concordance.snapshot;

import java.net.URI;

/**
 * Where each URL of the site lives as a file in the snapshot, and how one file links to another
 * (always relative, so the snapshot works under any sub-path and from the file system).
 * <ul>
 * <li>a page {@code /en/documents/x} is {@code en/documents/x/index.html};</li>
 * <li>a later page of a page's list {@code /en/documents?page=2} is {@code en/documents/page-2.html}
 * (beside the first, so both link alike; no slug has a dot);</li>
 * <li>an API resource {@code /api/documents/x} is {@code api/documents/x.json} (or {@code .csv});</li>
 * <li>a list page {@code /api/positions?page=2} is {@code api/positions/page-2.json}.</li>
 * </ul>
 */
public final class SnapshotPaths {

    private SnapshotPaths() {
    }

    /** The file for a site path (no root path, no leading slash), e.g. {@code en/matrix} or {@code en/documents?page=2}. */
    public static String page(String path) {
        int q = path.indexOf("?page=");
        String p = strip(q < 0 ? path : path.substring(0, q));
        String dir = p.isEmpty() ? "" : p + "/";
        if (q >= 0) {
            int n = Integer.parseInt(path.substring(q + "?page=".length()));
            if (n > 1) {
                return dir + "page-" + n + ".html";
            }
        }
        return dir + "index.html";
    }

    /** The file for an API resource; {@code page} > 0 for one page of a list. */
    public static String api(String path, int page, String extension) {
        String p = strip(path);
        return page > 0 ? p + "/page-" + page + "." + extension : p + "." + extension;
    }

    /** A link from the file {@code from} to the file {@code to}, both snapshot-relative, with an optional fragment. */
    public static String relative(String from, String to, String fragment) {
        URI base = URI.create("x:/" + from);
        String[] fromParts = base.getPath().substring(1).split("/", -1);
        String[] toParts = to.split("/", -1);
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = common; i < fromParts.length - 1; i++) {
            b.append("../");
        }
        for (int i = common; i < toParts.length; i++) {
            b.append(toParts[i]);
            if (i < toParts.length - 1) {
                b.append('/');
            }
        }
        return (b.length() == 0 ? to : b.toString()) + (fragment == null || fragment.isEmpty() ? "" : "#" + fragment);
    }

    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
