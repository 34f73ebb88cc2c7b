package org.concordance.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

import org.concordance.Coded;
import org.concordance.actor.ActorQueries;
import org.concordance.actor.ActorViews.ActorDetail;
import org.concordance.actor.ActorViews.ActorSummary;
import org.concordance.compare.Views.MatrixCell;
import org.concordance.corpus.CorpusService;
import org.concordance.compare.CompareQueries;
import org.concordance.compare.CompareViews.Comparison;
import org.concordance.compare.CompareViews.MatrixPage;
import org.concordance.document.DocumentQueries;
import org.concordance.document.DocumentViews.DocumentDetail;
import org.concordance.measure.MeasureQueries;
import org.concordance.measure.MeasureType;
import org.concordance.measure.MeasureViews.MeasureDetail;
import org.concordance.measure.MeasureViews.TypeComparisonView;
import org.concordance.measure.MeasureViews.TypeSummary;
import org.concordance.search.SearchResult;
import org.concordance.search.SearchService;
import org.concordance.web.Links;
import org.concordance.web.ProblemException;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.position.Refs.PositionView;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The server-rendered site: every page readable without JavaScript, in English or Chinese,
 * built from the same query services as its JSON twin (linked from the page).
 */
@Path("/")
@Produces("text/html;charset=UTF-8")
public class SitePages {

    /** What every page shows in its head and footer. */
    public record Frame(Ui ui, String title, String json, String version, List<DocumentRef> sources, String feed) {

        /** The same frame announcing an Atom feed of what changed ({@code <link rel="alternate">}). */
        public Frame withFeed(String href) {
            return new Frame(ui, title, json, version, sources, href);
        }
    }

    public record DocumentRow(DocumentRef document, String publisher) {
    }


    /** One variant's row of the type page: each parameter's value, in the order of the summary's rows. */
    public record VariantRow(org.concordance.measure.MeasureViews.VariantView variant, List<Cell> cells) {
    }

    /** {@code value} null: the source is silent; {@code strictest}: the greatest value of its type. */
    public record Cell(Object value, boolean strictest) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Frame frame, List<TypeSummary> core, List<TypeSummary> other, String bars,
                List<DocumentRef> documents, long total, String timeline);

        static native TemplateInstance types(Frame frame, List<TypeSummary> types, String bars);

        static native TemplateInstance type(Frame frame, TypeComparisonView comparison, List<VariantRow> rows, Pager pager,
                String overTime);

        static native TemplateInstance measure(Frame frame, MeasureDetail detail, Pager pager);

        static native TemplateInstance documents(Frame frame, List<DocumentRef> documents, long total, Pager pager, String timeline);

        static native TemplateInstance document(Frame frame, DocumentDetail detail, Pager pager);

        static native TemplateInstance text(Frame frame, DocumentRef document, List<TextMarks.Line> lines);

        static native TemplateInstance actors(Frame frame, List<ActorSummary> actors, long total, Pager pager);

        static native TemplateInstance actor(Frame frame, ActorDetail detail, Pager pager);

        static native TemplateInstance compare(Frame frame, List<DocumentRef> all, List<String> chosen,
                Comparison result, String error);

        static native TemplateInstance matrix(Frame frame, MatrixPage matrix, String heatmap, Pager pager);

        static native TemplateInstance search(Frame frame, String q, SearchResult result, String error);

        static native TemplateInstance about(Frame frame, List<TypeSummary> types);

        static native TemplateInstance notFound(Frame frame, String path, String detail, boolean badRequest);
    }

    @Inject
    Links links;

    @Inject
    CorpusService corpus;

    @Inject
    MeasureQueries measures;

    @Inject
    DocumentQueries documents;


    @Inject
    ActorQueries actors;

    @Inject
    CompareQueries comparisons;

    @Inject
    SearchService search;


    @Context
    UriInfo uri;

    @HeaderParam(LanguageFilter.HEADER)
    String chosenLanguage;

    @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE)
    String acceptLanguage;

    Ui ui() {
        return Ui.of(chosenLanguage, acceptLanguage, links, uri);
    }

    Frame frame(String title, String json, List<DocumentRef> sources) {
        return frame(ui(), links, corpus, title, json, sources);
    }

    static Frame frame(Ui ui, Links links, org.concordance.web.DataVersion corpus, String title, String json, List<DocumentRef> sources) {
        return frame(ui, corpus.currentHash(), title, json, sources);
    }

    /** {@code version}: the corpus hash the page shows (null: none imported yet). */
    static Frame frame(Ui ui, String version, String title, String json, List<DocumentRef> sources) {
        return new Frame(ui, title, json == null ? null : ui.asset(json), version == null ? "-" : version.substring(0, 12), sources,
                null);
    }

    /**
     * Finds the documents a page cites as its sources: one query per page when serving, the
     * batch's documents when the static export renders many pages at once.
     */
    @FunctionalInterface
    public interface Sources {
        List<DocumentRef> refs(java.util.Collection<String> slugs);
    }

    /** The page of a measure: its parameters, a page of the stances on it with their evidence, grouped as its coalition. */
    public static String measurePage(Ui ui, String version, Sources sources, MeasureDetail d) {
        String base = "measures/" + Links.encode(d.measure().slug());
        Pager pager = Pager.of(ui, base, d.page(), d.pages());
        return Templates.measure(frame(ui, version, pager.title(ui.name(d.measure().nameEn(), d.measure().nameZh())),
                Pager.onPage("api/" + base, d.page()), cited(sources, d.positions())), d, pager).render();
    }

    /** The page of a document: what it states, who signed it, the stances it records (a page of the long lists). */
    public static String documentPage(Ui ui, String version, Sources sources, DocumentDetail d) {
        String slug = d.document().slug();
        List<PositionView> all = new ArrayList<>(d.positions());
        all.addAll(d.actorPositions());
        List<DocumentRef> cited = new ArrayList<>(List.of(d.document()));
        cited(sources, all).stream().filter(s -> !s.slug().equals(slug)).forEach(cited::add);
        String base = "documents/" + Links.encode(slug);
        Pager pager = Pager.of(ui, base, d.page(), d.pages());
        return Templates.document(frame(ui, version, pager.title(ui.title(d.document())), Pager.onPage("api/" + base, d.page()),
                cited), d, pager).render();
    }

    /** A document's source text, line by line, with every quote taken from it marked. */
    public static String textPage(Ui ui, String version, DocumentRef ref, String text, List<DocumentQueries.QuoteSpan> quotes) {
        return Templates.text(frame(ui, version, ui.t("document.text") + ": " + ui.title(ref),
                "api/documents/" + Links.encode(ref.slug()), List.of(ref)), ref, TextMarks.lines(text, quotes)).render();
    }

    /** The page of an actor: stances in date order, contradictions, signatures. */
    public static String actorPage(Ui ui, String version, Sources sources, ActorDetail d) {
        String base = "actors/" + Links.encode(d.actor().slug());
        Pager pager = Pager.of(ui, base, d.page(), d.pages());
        Set<String> slugs = citedSlugs(d);
        return Templates.actor(frame(ui, version, pager.title(ui.name(d.actor().nameEn(), d.actor().nameZh())),
                Pager.onPage("api/" + base, d.page()), slugs.isEmpty() ? List.of() : sources.refs(slugs))
                .withFeed(ui.href(base + "/changes.atom")), d, pager).render();
    }

    /** The documents an actor's page cites: those holding the evidence of its positions shown and of its stance history. */
    public static Set<String> citedSlugs(ActorDetail d) {
        Set<String> slugs = citedSlugs(shown(d));
        d.stanceHistory().forEach(t -> {
            t.steps().forEach(s -> s.evidence().forEach(e -> slugs.add(e.source())));
            t.undated().forEach(s -> s.evidence().forEach(e -> slugs.add(e.source())));
        });
        return slugs;
    }

    /** The positions an actor's page shows with their evidence: its page of each list, and the contradictions. */
    public static List<PositionView> shown(ActorDetail d) {
        List<PositionView> shown = new ArrayList<>(d.positions());
        shown.addAll(d.reportedByOthers());
        d.contradictions().forEach(c -> {
            shown.add(c.first());
            shown.add(c.second());
        });
        return shown;
    }

    /** The helpful 404 page, for the problem mappers. */
    public static String notFoundPage(Ui ui, Links links, org.concordance.web.DataVersion corpus, String path) {
        return problemPage(ui, links, corpus, path, 404, null);
    }

    /**
     * The page a reader's browser gets for a 404 or a 400 of a page: what went wrong in the
     * page's language, and the problem's own detail (which names the parameter) when there is one.
     */
    public static String problemPage(Ui ui, Links links, org.concordance.web.DataVersion corpus, String path, int status, String detail) {
        boolean bad = status == 400;
        return Templates.notFound(frame(ui, links, corpus, ui.t(bad ? "badrequest.title" : "notfound.title"), null, List.of()),
                path, detail, bad).render();
    }

    @GET
    @Transactional
    public String home() {
        Ui ui = ui();
        List<TypeSummary> types = measures.types();
        // The newest documents only: the page stays the same size whatever the corpus (all of them: /documents).
        var newest = documents.newest(1, HOME_DOCUMENTS);
        List<DocumentRef> docs = refs(newest.items());
        return Templates.home(frame(ui.t("site.tagline"), "api/measure-types", List.of()).withFeed(ui.href("changes.atom")),
                types.stream().filter(TypeSummary::core).toList(), types.stream().filter(t -> !t.core()).toList(),
                bars(ui, types.stream().filter(TypeSummary::core).toList()), docs, newest.total(), timeline(ui, "home.timeline.title", docs)).render();
    }

    @GET
    @Path("measure-types")
    @Transactional
    public String types() {
        Ui ui = ui();
        List<TypeSummary> types = measures.types();
        return Templates.types(frame(ui.t("nav.types"), "api/measure-types", List.of()), types, bars(ui, types)).render();
    }

    @GET
    @Path("measure-types/{type}")
    @Transactional
    public String type(@PathParam("type") String type, @QueryParam("page") String page) {
        MeasureType t = Coded.fromCode(MeasureType.class, type).orElseThrow(() -> ProblemException.unknown("measure type", type));
        return typePage(t, Pager.number(page));
    }

    private String typePage(MeasureType t, int page) {
        Ui ui = ui();
        TypeComparisonView c = measures.compare(t, new org.concordance.web.PageRequest(page, VARIANTS_PER_PAGE, "slug", false));
        Pager.check("measure type " + t.code(), page, c.variants().pages());
        List<VariantRow> rows = c.variants().items().stream().map(v -> {
            var facts = new org.concordance.compare.MeasureFacts(v.measure().slug(), t, v.measure().document(), v.measure().nameEn(),
                    v.measure().nameZh(), v.parameters());
            var values = org.concordance.compare.ComparisonEngine.values(facts);
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                cells.add(new Cell(values.get(i).value(), v.strictestOn().contains(c.parameters().get(i).parameter())));
            }
            return new VariantRow(v, cells);
        }).toList();
        List<PositionView> shown = new ArrayList<>();
        c.coalition().forEach(g -> shown.addAll(g.shown()));
        shown.addAll(c.reported().shown());
        String base = "measure-types/" + t.code();
        Pager pager = Pager.of(ui, base, page, c.variants().pages());
        return Templates.type(frame(pager.title(ui.typeLabel(t)), Pager.onPage("api/" + base, page), sources(shown))
                .withFeed(ui.href(base + "/changes.atom")), c, rows, pager, overTime(ui, t, c.overTime())).render();
    }

    /** The type's support and opposition over time as a chart (the page's table has the same numbers). */
    static String overTime(Ui ui, MeasureType t, org.concordance.compare.Views.SupportOverTime s) {
        boolean byYear = s.granularity().equals("year");
        return Charts.cumulative(ui.t("type.overtime.chart.title", ui.typeLabel(t)), ui.t("type.overtime.chart.desc"),
                ui.t("type.for"), ui.t("type.against"), s.buckets().stream().map(b -> new Charts.Step(b.period(),
                        byYear ? b.start().getYear() : b.start().getYear() * 12 + b.start().getMonthValue() - 1,
                        b.forTotal(), b.againstTotal())).toList());
    }

    /** Variants per page of a type page: the API's page size, so each page's JSON twin is the API's same page. */
    static final int VARIANTS_PER_PAGE = org.concordance.web.PageRequest.DEFAULT_SIZE;

    @GET
    @Path("measures/{slug}")
    @Transactional
    public jakarta.ws.rs.core.Response measure(@PathParam("slug") String slug, @QueryParam("page") String page,
            @QueryParam("position") String position) {
        if (position != null) {
            return onItsPage("measures/" + Links.encode(slug), measures.pageOfPosition(slug, position));
        }
        return html(measurePage(ui(), corpus.currentHash(), documents::refs, measures.detail(slug, Pager.number(page))));
    }

    /**
     * A permalink of an item on a paged detail ({@code ?position=id}, {@code ?signature=id}): a
     * 303 to the page that shows it now. The browser keeps the link's {@code #fragment}, so it
     * lands on the item.
     */
    private jakarta.ws.rs.core.Response onItsPage(String base, int page) {
        return jakarta.ws.rs.core.Response.seeOther(java.net.URI.create(ui().href(Pager.onPage(base, page)))).build();
    }

    private static jakarta.ws.rs.core.Response html(String page) {
        return jakarta.ws.rs.core.Response.ok(page).build();
    }

    @GET
    @Path("documents")
    @Transactional
    public String documentList(@QueryParam("page") String page) {
        Ui ui = ui();
        int n = Pager.number(page);
        var list = documents.newest(n, LIST_PAGE);
        Pager.check("the documents", n, list.pages());
        List<DocumentRef> docs = refs(list.items());
        Pager pager = Pager.of(ui, "documents", n, list.pages());
        return Templates.documents(frame(pager.title(ui.t("nav.documents")), Pager.onPage("api/documents?size=" + LIST_PAGE, n),
                List.of()), docs, list.total(), pager,
                timeline(ui, "documents.timeline.title", docs)).render();
    }

    /** Rows per page of the documents and actors pages: the API's largest page, so each page's twin is the API's same page. */
    static final int LIST_PAGE = org.concordance.web.PageRequest.MAX_SIZE;

    @GET
    @Path("documents/{slug}")
    @Transactional
    public jakarta.ws.rs.core.Response document(@PathParam("slug") String slug, @QueryParam("page") String page,
            @QueryParam("signature") String signature) {
        if (signature != null) {
            return onItsPage("documents/" + Links.encode(slug), documents.pageOfSignature(slug, signature));
        }
        return html(documentPage(ui(), corpus.currentHash(), documents::refs, documents.detail(slug, Pager.number(page))));
    }

    @GET
    @Path("documents/{slug}/text")
    @Transactional
    public String text(@PathParam("slug") String slug) {
        org.concordance.document.Document d = documents.find(slug);
        if (d.sourceText == null) {
            throw ProblemException.unknown("source text for document", slug);
        }
        return textPage(ui(), corpus.currentHash(), documents.ref(d), d.sourceText.content(), documents.quoteSpans(d));
    }

    @GET
    @Path("actors")
    @Transactional
    public String actorList(@QueryParam("page") String page) {
        Ui ui = ui();
        int n = Pager.number(page);
        var list = actors.list(new org.concordance.web.Query(), new org.concordance.web.PageRequest(n, LIST_PAGE, "name", false));
        Pager.check("the actors", n, list.pages());
        Pager pager = Pager.of(ui, "actors", n, list.pages());
        return Templates.actors(frame(pager.title(ui.t("nav.actors")), Pager.onPage("api/actors?size=" + LIST_PAGE, n),
                List.of()), list.items(), list.total(), pager).render();
    }

    @GET
    @Path("actors/{slug}")
    @Transactional
    public String actor(@PathParam("slug") String slug, @QueryParam("page") String page) {
        return actorPage(ui(), corpus.currentHash(), documents::refs, actors.detail(slug, Pager.number(page)));
    }

    @GET
    @Path("compare")
    @Transactional
    public String compare(@QueryParam("documents") List<String> chosen) {
        Ui ui = ui();
        List<String> picked = new ArrayList<>(new LinkedHashSet<>(chosen.stream().flatMap(c -> List.of(c.split(",")).stream())
                .map(String::strip).filter(c -> !c.isEmpty()).toList()));
        Comparison result = null;
        String error = null;
        if (!picked.isEmpty()) {
            try {
                result = comparisons.compare(CompareQueries.slugs(picked));
            } catch (ProblemException e) {
                error = e.getMessage();
            }
        }
        // The form offers the chosen documents and the newest ones, never every document; any other by its slug.
        // Only what can be a slug is looked up: a NUL byte is an error for PostgreSQL, not a slug.
        List<DocumentRef> offered = new ArrayList<>(documents.refs(picked.stream().filter(org.concordance.corpus.Slug::isValid)
                .limit(CompareQueries.MAX_DOCUMENTS).toList()));
        refs(documents.newest(1, HOME_DOCUMENTS).items()).stream()
                .filter(d -> offered.stream().noneMatch(o -> o.slug().equals(d.slug()))).forEach(offered::add);
        String json = picked.size() >= 2 ? "api/compare?documents=" + String.join(",", picked) : "api/documents";
        return Templates.compare(frame(ui.t("compare.title"), json, result == null ? List.of() : result.documents()),
                offered, picked, result, error).render();
    }

    @GET
    @Path("matrix")
    @Transactional
    public String matrix(@QueryParam("page") String page) {
        Ui ui = ui();
        int n = Pager.number(page);
        MatrixPage m = comparisons.matrix(new org.concordance.web.Query(),
                new org.concordance.web.PageRequest(n, LIST_PAGE, "published", true));
        Pager.check("the matrix", n, m.pages());
        List<String> columns = m.types().stream().map(ui::typeLabel).toList();
        List<Charts.HeatRow> rows = m.rows().stream().map(r -> new Charts.HeatRow(ui.name(r.document().titleEn(),
                r.document().titleOriginal()), ui.document(r.document().slug()),
                r.cells().stream().map(c -> c.stance() == null ? null : c.stance().code()).toList(),
                r.cells().stream().map(MatrixCell::evidence).toList())).toList();
        String svg = Charts.heatMap(ui.t("matrix.chart.title"), ui.t("matrix.chart.desc"), columns, rows,
                code -> ui.t("letter." + code), code -> ui.t("code." + code));
        Pager pager = Pager.of(ui, "matrix", n, m.pages());
        return Templates.matrix(frame(pager.title(ui.t("matrix.title")), Pager.onPage("api/matrix", n), List.of()), m, svg, pager)
                .render();
    }

    @GET
    @Path("search")
    public String search(@QueryParam("q") String q) {
        Ui ui = ui();
        SearchResult result = null;
        String error = null;
        if (q != null && !q.isBlank()) {
            try {
                result = search.search(q, null, 0, 50);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        return Templates.search(frame(ui.t("search.title"), q == null || q.isBlank() ? null
                : "api/search?q=" + Links.encode(q.strip()), List.of()), q == null ? "" : q.strip(), result, error).render();
    }

    @GET
    @Path("about")
    @Transactional
    public String about() {
        Ui ui = ui();
        return Templates.about(frame(ui.t("about.title"), "q/openapi", List.of()), measures.types()).render();
    }

    /** How many of the newest documents the home page lists. */
    static final int HOME_DOCUMENTS = 20;

    private static List<DocumentRef> refs(List<org.concordance.document.DocumentViews.DocumentSummary> summaries) {
        return summaries.stream().map(d -> new DocumentRef(d.slug(), d.kind(), d.language(), d.titleEn(), d.titleOriginal(),
                d.titleDescriptive(), d.published(), d.html(), d.api())).toList();
    }

    private static String bars(Ui ui, List<TypeSummary> types) {
        return Charts.bars(ui.t("home.chart.title"), ui.t("home.chart.desc"), ui.t("type.for"), ui.t("type.against"),
                types.stream().map(t -> new Charts.Bar(ui.typeLabel(t.type()), ui.type(t.type()), t.supporters(), t.opponents()))
                        .toList());
    }

    private static String timeline(Ui ui, String title, List<DocumentRef> docs) {
        return Charts.timeline(ui.t(title), ui.t("home.timeline.desc"), docs.stream()
                .map(d -> new Charts.Mark(ui.name(d.titleEn(), d.titleOriginal()), ui.document(d.slug()), d.published())).toList());
    }

    /** The documents whose text holds the evidence shown, in first-seen order. */
    private List<DocumentRef> sources(List<PositionView> positions) {
        return cited(documents::refs, positions);
    }

    private static List<DocumentRef> cited(Sources sources, List<PositionView> positions) {
        Set<String> slugs = citedSlugs(positions);
        return slugs.isEmpty() ? List.of() : sources.refs(slugs);
    }

    /** The slugs of the documents a page cites as its sources: those whose text holds the evidence shown, in first-seen order. */
    public static Set<String> citedSlugs(List<PositionView> positions) {
        Set<String> slugs = new LinkedHashSet<>();
        positions.forEach(p -> p.evidence().forEach(e -> slugs.add(e.source())));
        return slugs;
    }

}
