package org.concordance.change;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.concordance.change.ChangeViews.ChangeView;
import org.concordance.change.ChangeViews.Counts;
import org.concordance.change.ChangeViews.VersionView;
import org.concordance.corpus.CorpusImport;
import org.concordance.web.Links;
import org.concordance.web.Page;
import org.concordance.web.PageRequest;
import org.concordance.web.ProblemException;
import org.concordance.web.Query;

/** The versions this service imported and what each changed; each call a fixed number of queries. */
@ApplicationScoped
public class ChangeQueries {

    /**
     * The lists' sort: versions newest first ({@code -version}: oldest first); changes oldest version
     * first ({@code -version}: newest first), so that a new version adds pages at the end and leaves
     * the earlier pages as they were; in a version by kind, then identifier.
     */
    public static final List<String> SORTS = List.of("version");

    /** The fewest hexadecimal digits a version may be given by. */
    static final int MIN_DIGITS = 7;

    @Inject
    EntityManager em;

    @Inject
    Links links;

    /** One page of the versions, newest first. */
    public Page<VersionView> versions(PageRequest request) {
        List<CorpusImport> rows = em.createQuery("from CorpusImport i order by i.id " + (request.descending() ? "asc" : "desc"),
                CorpusImport.class).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = em.createQuery("select count(i) from CorpusImport i", Long.class).getSingleResult();
        Map<Long, String> hashes = hashes(rows.stream().map(i -> i.previousId).filter(java.util.Objects::nonNull).toList());
        return Page.of(rows.stream().map(i -> view(i, hashes.get(i.previousId))).toList(), total, request);
    }

    /** The newest versions, at most {@code n}, newest first, that changed anything {@code q} (a filter on changes) selects. */
    public List<CorpusImport> newest(Query q, int n) {
        List<Long> ids = bind(em.createQuery("select distinct c.importId from StoredChange c " + q.where()
                + " order by c.importId desc", Long.class), q).setMaxResults(n).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from CorpusImport i where i.id in :ids order by i.id desc", CorpusImport.class)
                .setParameter("ids", ids).getResultList();
    }

    /** One version as the API shows it. */
    public VersionView view(CorpusImport i) {
        return view(i, i.previousId == null ? null : hashes(List.of(i.previousId)).get(i.previousId));
    }

    /** How many changes of each kind one version made that {@code q} selects. */
    public Map<ChangeKind, Long> counts(long importId, Query q) {
        String where = q.where().isEmpty() ? "where c.importId = :version" : q.where() + " and c.importId = :version";
        Map<ChangeKind, Long> counts = new java.util.EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            counts.put(k, 0L);
        }
        bind(em.createQuery("select c.change, count(c) from StoredChange c " + where + " group by c.change", Object[].class), q)
                .setParameter("version", importId).getResultList()
                .forEach(r -> counts.put(org.concordance.Coded.fromCode(ChangeKind.class, (String) r[0]).orElseThrow(), (Long) r[1]));
        return counts;
    }

    /** The version (the newest import of it) that a full hash or a prefix of at least {@value #MIN_DIGITS} digits names. */
    public CorpusImport version(String parameter, String given) {
        String v = given == null ? "" : given.strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.matches("[0-9a-f]{" + MIN_DIGITS + ",64}")) {
            throw ProblemException.badParameter(parameter, "'" + org.concordance.Text.abbreviate(given == null ? "" : given)
                    + "' is not a corpus version: give its hash, or at least its first " + MIN_DIGITS
                    + " hexadecimal digits (/api/versions lists them)");
        }
        List<CorpusImport> found = em.createQuery("from CorpusImport i where i.corpusHash like :p order by i.id desc",
                CorpusImport.class).setParameter("p", v + "%").getResultList();
        if (found.isEmpty()) {
            throw ProblemException.badParameter(parameter, "no corpus version " + v
                    + " was imported by this service (/api/versions lists those it knows)");
        }
        if (found.stream().map(i -> i.corpusHash).distinct().count() > 1) {
            throw ProblemException.badParameter(parameter, "'" + v + "' begins " + found.stream().map(i -> i.corpusHash).distinct().count()
                    + " versions; give more digits");
        }
        return found.get(0);
    }

    /** The import id after which {@code changed-since} (or {@code since}) looks, or null without the parameter. */
    public Long since(String parameter, String given) {
        return given == null || given.isBlank() ? null : version(parameter, given).id;
    }

    /** What {@code changed-since} means on a list, as it is documented on each. */
    public static final String CHANGED_SINCE = "Only what a corpus version after this one added or changed (its hash, or its "
            + "first 7 or more digits; /api/versions lists them)";

    /**
     * The condition (on {@code column}, with the parameter {@code :changedSince}) that keeps the rows
     * of a list that a version after the given one added or changed: a document when anything in its
     * file did, an actor when the actor or one of their positions or signatures did, the others when
     * the item itself did.
     */
    public static String changedSince(ItemKind kind, String column) {
        return column + " in (select c." + switch (kind) {
            case DOCUMENT -> "owner from StoredChange c where c.kind <> 'actor'";
            case ACTOR -> "actor from StoredChange c where c.actor is not null";
            default -> "stableId from StoredChange c where c.kind = '" + kind.code() + "'";
        } + " and c.importId > :changedSince)";
    }

    /** One page of the changes a filter on {@code StoredChange c} selects. */
    public Page<ChangeView> changes(Query q, PageRequest request) {
        String dir = request.descending() ? "desc" : "asc";
        List<StoredChange> rows = bind(em.createQuery("from StoredChange c " + q.where() + " order by c.importId " + dir
                + ", c.ordinal", StoredChange.class), q).setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total = count(q);
        return Page.of(views(rows), total, request);
    }

    public long count(Query q) {
        return bind(em.createQuery("select count(c) from StoredChange c " + q.where(), Long.class), q).getSingleResult();
    }

    /** The first {@code n} changes of one version that {@code q} selects (a feed entry's list). */
    public List<ChangeView> ofVersion(long importId, Query q, int n) {
        String where = q.where().isEmpty() ? "where c.importId = :version" : q.where() + " and c.importId = :version";
        var query = bind(em.createQuery("from StoredChange c " + where + " order by c.ordinal", StoredChange.class), q)
                .setParameter("version", importId).setMaxResults(n);
        return views(query.getResultList());
    }

    private List<ChangeView> views(List<StoredChange> rows) {
        Map<Long, CorpusImport> imports = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.importId));
        if (!ids.isEmpty()) {
            em.createQuery("from CorpusImport i where i.id in :ids", CorpusImport.class).setParameter("ids", ids).getResultList()
                    .forEach(i -> imports.put(i.id, i));
        }
        Set<String> existing = existing(rows);
        return rows.stream().map(r -> {
            ItemKind kind = ChangeLog.kind(r.kind);
            CorpusImport i = imports.get(r.importId);
            return new ChangeView(i.corpusHash, i.importedAt, kind, r.stableId, org.concordance.Coded.fromCode(ChangeKind.class,
                    r.change).orElseThrow(), r.owner, r.measureType, r.actor, ChangeLog.fieldChanges(r.fieldsJson),
                    existing.contains(r.kind + " " + r.stableId) ? html(kind, r.stableId) : null);
        }).toList();
    }

    /** Which of these rows' items the corpus served now holds ({@code kind id}). */
    private Set<String> existing(List<StoredChange> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.stableId));
        Set<String> found = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createNativeQuery("select kind, stable_id from corpus_item where stable_id in (:ids)", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> {
                        Object[] row = (Object[]) r;
                        found.add(row[0] + " " + row[1]);
                    });
        }
        return found;
    }

    /** The page that shows an item: its own, or for a position its measure's, for a signature its document's. */
    public String html(ItemKind kind, String id) {
        return switch (kind) {
            case DOCUMENT -> links.page("documents", id);
            case MEASURE -> links.page("measures", id);
            case ACTOR -> links.page("actors", id);
            case POSITION -> links.item("measures", id.split("\\.")[1], "position", id);
            case SIGNATURE -> {
                String[] parts = id.split("\\.");
                yield links.item("documents", parts.length > 3 ? parts[3] : parts[0], "signature", id);
            }
        };
    }

    VersionView view(CorpusImport i, String previous) {
        return new VersionView(i.corpusHash, i.importedAt, i.sourceCommit, previous, new Counts(i.documents, i.measures, i.actors, i.positions,
                i.signatures, i.evidence), i.added, i.changed, i.removed,
                links.to("api/changes?version=" + i.corpusHash), links.to("changes/" + i.corpusHash));
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, Query q) {
        q.params.forEach(query::setParameter);
        return query;
    }

    private Map<Long, String> hashes(List<Long> ids) {
        Map<Long, String> hashes = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select i.id, i.corpusHash from CorpusImport i where i.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> hashes.put((Long) r[0], (String) r[1]));
        }
        return hashes;
    }
}
