package org.concordance.web;

/**
 * Thrown by resources to answer with a problem detail; mapped by {@link ProblemMappers}. It is an
 * answer, not a failure: resources declare {@code @Transactional(dontRollbackOn = ProblemException.class)}
 * so that a page which asks them and shows the problem keeps a usable transaction.
 */
public class ProblemException extends RuntimeException {

    final int status;
    final String title;
    final String parameter;
    final String slug;

    private ProblemException(int status, String title, String detail, String parameter, String slug) {
        super(detail);
        this.status = status;
        this.title = title;
        this.parameter = parameter;
        this.slug = slug;
    }

    /** 400: a request parameter is wrong; the message says why and what is allowed. */
    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(400, "Invalid request parameter", "Parameter '" + parameter + "': " + detail,
                parameter, null);
    }

    /** 404: no {@code kind} with this slug. */
    public static ProblemException unknown(String kind, String slug) {
        String shown = slug == null ? "" : org.concordance.Text.abbreviate(slug);
        return new ProblemException(404, "Not found", "No " + kind + " with slug '" + shown + "'", null, shown);
    }

    /** 404: an item (a position, a signature) that the list it is asked of does not hold. */
    public static ProblemException notOn(String item, String id, String list) {
        String shown = id == null ? "" : org.concordance.Text.abbreviate(id);
        return new ProblemException(404, "Not found", "No " + item + " '" + shown + "' on " + list, null, shown);
    }

    /** 404: a page past the end of a list shown a page at a time (or not a page number at all). */
    public static ProblemException noPage(String list, String page, int pages) {
        String shown = page == null ? "" : org.concordance.Text.abbreviate(page);
        return new ProblemException(404, "Not found", "No page '" + shown + "' of " + list
                + (pages > 0 ? ": it has " + pages + (pages == 1 ? " page" : " pages") + ", the first at the list's own address" : ""),
                null, shown);
    }
}
