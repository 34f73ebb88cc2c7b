package org.concordance.site;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.concordance.Coded;
import org.concordance.actor.Actor;
import org.concordance.change.ChangeKind;
import org.concordance.change.ChangeQueries;
import org.concordance.change.ChangeViews.ChangeView;
import org.concordance.change.ChangeViews.VersionView;
import org.concordance.corpus.CorpusImport;
import org.concordance.corpus.CorpusService;
import org.concordance.measure.MeasureType;
import org.concordance.site.SitePages.Frame;
import org.concordance.web.Links;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;

/**
 * What changed: the versions this service imported ({@code /changes}), what one of them added,
 * changed and removed ({@code /changes/<version>}), and the same as Atom feeds, for the whole
 * corpus, a measure type and an actor.
 */
@Path("/")
@Produces("text/html;charset=UTF-8")
public class ChangePages {

    static final String ATOM = "application/atom+xml;charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance changes(Frame frame, List<VersionView> versions, long total, Pager pager, String feed);

        static native TemplateInstance change(Frame frame, VersionView version, List<ChangeView> changes, long total, Pager pager);
    }

    @Inject
    ChangeQueries changes;

    @Inject
    Links links;

    @Inject
    CorpusService corpus;

    @Context
    UriInfo uri;

    @HeaderParam(LanguageFilter.HEADER)
    String chosenLanguage;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    private Ui ui() {
        return Ui.of(chosenLanguage, acceptLanguage, links, uri);
    }

    @GET
    @Path("changes")
    @Transactional
    public String versions(@QueryParam("page") String page) {
        Ui ui = ui();
        int n = Pager.number(page);
        var list = changes.versions(new PageRequest(n, SitePages.LIST_PAGE, "version", false));
        Pager.check("the versions", n, list.pages());
        Pager pager = Pager.of(ui, "changes", n, list.pages());
        String feed = ui.href("changes.atom");
        return Templates.changes(SitePages.frame(ui, corpus.currentHash(), pager.title(ui.t("changes.title")),
                Pager.onPage("api/versions?size=" + SitePages.LIST_PAGE, n), List.of()).withFeed(feed), list.items(), list.total(),
                pager, feed).render();
    }

    @GET
    @Path("changes/{version}")
    @Transactional(dontRollbackOn = ProblemException.class)
    public String version(@PathParam("version") String version, @QueryParam("page") String page) {
        Ui ui = ui();
        int n = Pager.number(page);
        CorpusImport found;
        try {
            found = changes.version("version", version);
        } catch (ProblemException e) {
            throw ProblemException.unknown("corpus version", version);
        }
        VersionView v = changes.view(found);
        Query q = new Query().and("c.importId = :version", "version", found.id);
        var list = changes.changes(q, new PageRequest(n, SitePages.LIST_PAGE, "version", false));
        Pager.check("version " + v.version().substring(0, 12), n, list.pages());
        String base = "changes/" + v.version();
        Pager pager = Pager.of(ui, base, n, list.pages());
        return Templates.change(SitePages.frame(ui, corpus.currentHash(), pager.title(ui.t("changes.version.title",
                v.version().substring(0, 12))), Pager.onPage("api/changes?version=" + v.version() + "&size=" + SitePages.LIST_PAGE, n),
                List.of()).withFeed(ui.href("changes.atom")), v, list.items(), list.total(), pager).render();
    }

    @GET
    @Path("changes.atom")
    @Produces(ATOM)
    @Transactional
    public String feed() {
        Ui ui = ui();
        return feed(ui, "all", ui.t("changes.feed.site"), "", "changes.atom", "changes", new Query());
    }

    @GET
    @Path("measure-types/{type}/changes.atom")
    @Produces(ATOM)
    @Transactional(dontRollbackOn = ProblemException.class)
    public String typeFeed(@PathParam("type") String type) {
        MeasureType t = Coded.fromCode(MeasureType.class, type).orElseThrow(() -> ProblemException.unknown("measure type", type));
        Ui ui = ui();
        return feed(ui, "type " + t.code(), ui.t("changes.feed.type", ui.typeLabel(t)), "../../", "changes.atom",
                "measure-types/" + t.code(), new Query().and("c.measureType = :type", "type", t.code()));
    }

    @GET
    @Path("actors/{slug}/changes.atom")
    @Produces(ATOM)
    @Transactional(dontRollbackOn = ProblemException.class)
    public String actorFeed(@PathParam("slug") String slug) {
        Actor a = org.concordance.Text.isSlug(slug) ? Actor.find("slug", slug).firstResult() : null;
        if (a == null) {
            throw ProblemException.unknown("actor", slug);
        }
        Ui ui = ui();
        return feed(ui, "actor " + a.slug, ui.t("changes.feed.actor", ui.name(a.nameEn, a.nameZh)), "../../", "changes.atom",
                "actors/" + a.slug, new Query().and("c.actor = :actor", "actor", a.slug));
    }

    private String feed(Ui ui, String scope, String title, String up, String self, String page, Query q) {
        List<AtomFeed.Entry> entries = changes.newest(q, AtomFeed.ENTRIES).stream().map(i -> {
            var counts = changes.counts(i.id, q);
            return new AtomFeed.Entry(changes.view(i), changes.ofVersion(i.id, q, AtomFeed.CHANGES_PER_ENTRY),
                    counts.values().stream().mapToLong(Long::longValue).sum(), counts.get(ChangeKind.ADDED),
                    counts.get(ChangeKind.CHANGED), counts.get(ChangeKind.REMOVED));
        }).toList();
        CorpusImport latest = CorpusImport.latest();
        return AtomFeed.write(ui, links.to(""), scope, title, up, self, page, entries,
                latest == null ? OffsetDateTime.parse("2000-01-01T00:00:00Z") : latest.importedAt);
    }
}
