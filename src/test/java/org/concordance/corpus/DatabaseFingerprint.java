package org.concordance.corpus;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Row count and id sum of every table: an import that inserted, deleted or replaced anything
 * (replacing allocates new ids) changes it.
 */
@ApplicationScoped
public class DatabaseFingerprint {

    static final List<String> TABLES = List.of("actor", "actor_alias", "document", "document_author",
            "document_link", "measure", "position", "signature", "evidence", "corpus_import", "source_text",
            "source_text_part", "document_reference", "actor_reference");

    @Inject
    EntityManager em;

    @Transactional
    public String take() {
        StringBuilder b = new StringBuilder();
        for (String table : TABLES) {
            String idSum = table.equals("actor_alias") ? "sum(actor_id * 1000 + ordinal)"
                    : table.equals("document_author") ? "sum(document_id * 1000 + ordinal)"
                    : table.equals("source_text_part") ? "sum(source_text_id * 1000 + ordinal)"
                    : table.equals("document_reference") ? "sum(document_id)"
                    : table.equals("actor_reference") ? "sum(actor_id)" : "sum(id)";
            Object[] row = (Object[]) em.createNativeQuery("select count(*), " + idSum + " from " + table)
                    .getSingleResult();
            b.append(table).append('=').append(row[0]).append('/').append(row[1]).append(' ');
        }
        return b.toString().trim();
    }

    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}
