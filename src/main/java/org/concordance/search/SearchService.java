package org.concordance.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.concordance.corpus.CorpusImported;
import org.concordance.web.Links;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps an in-memory {@link SearchIndex} of the corpus in the database: rebuilt, in four
 * queries, each time a new corpus version is imported, and swapped in whole.
 */
@ApplicationScoped
public class SearchService {

    private static final Logger LOG = Logger.getLogger(SearchService.class);

    @Inject
    EntityManager em;

    @Inject
    Links links;

    private volatile SearchIndex index = SearchIndex.empty();

    void rebuild(@Observes CorpusImported imported) {
        long started = System.nanoTime();
        List<SearchEntry> entries = QuarkusTransaction.requiringNew().call(this::entries);
        index = SearchIndex.build(entries);
        LOG.infof("Search index built: entries=%d duration_ms=%d", entries.size(), (System.nanoTime() - started) / 1_000_000);
    }

    public SearchResult search(String query, String kind, int offset, int limit) {
        return index.search(query, kind, offset, limit);
    }

    public List<SearchEntry> entries() {
        List<SearchEntry> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select d.slug, d.titleEn, d.titleOriginal, d.summaryEn, d.summaryZh, d.publisher "
                + "from Document d", Object[].class).getResultList()) {
            String slug = (String) r[0];
            out.add(new SearchEntry("document", slug, join(" / ", r[1], r[2]), join(" ", r[1], r[2], r[3], r[4], r[5]),
                    links.page("documents", slug)));
        }
        for (Object[] r : em.createQuery("select m.slug, m.nameEn, m.nameZh, m.summaryEn, m.type from Measure m", Object[].class)
                .getResultList()) {
            String slug = (String) r[0];
            org.concordance.measure.MeasureType type = (org.concordance.measure.MeasureType) r[4];
            out.add(new SearchEntry("measure", slug, join(" / ", r[1], r[2]),
                    join(" ", r[1], r[2], r[3], type.labelEn(), type.labelZh()), links.page("measures", slug)));
        }
        Map<Long, String> aliases = em.createQuery("select a.id, al from Actor a join a.aliases al", Object[].class)
                .getResultList().stream().collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> (String) r[1], Collectors.joining(" "))));
        for (Object[] r : em.createQuery("select a.id, a.slug, a.nameEn, a.nameZh, a.affiliation, a.description from Actor a",
                Object[].class).getResultList()) {
            String slug = (String) r[1];
            out.add(new SearchEntry("actor", slug, join(" / ", r[2], r[3]),
                    join(" ", r[2], r[3], aliases.get((Long) r[0]), r[4], r[5]), links.page("actors", slug)));
        }
        for (Object[] r : em.createQuery("select e.stableId, e.quote, e.translationEn, s.slug, s.titleEn, p.stableId, m.slug, m.nameEn, "
                + "sg.stableId, sd.slug from Evidence e join e.source s left join e.position p left join p.measure m "
                + "left join e.signature sg left join sg.document sd", Object[].class).getResultList()) {
            String link = r[5] != null ? links.page("measures", (String) r[6]) + "#position-" + r[5]
                    : links.page("documents", (String) r[9]) + "#signature-" + r[8];
            String title = r[7] != null ? r[7] + " — " + r[4] : "Signature — " + r[4];
            out.add(new SearchEntry("evidence", String.valueOf(r[0]), title, join(" ", r[1], r[2]), link));
        }
        return out;
    }

    private static String join(String separator, Object... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.toString().isBlank()).map(Object::toString)
                .collect(Collectors.joining(separator));
    }
}
