package org.concordance.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * For the tests that export the whole site: the test database's history is every import the
 * suite has made so far (whole generated corpora among them, tens of thousands of changes), and
 * a snapshot renders all of it. These tests start from the version served alone, as the
 * snapshot's own database does.
 */
@ApplicationScoped
public class HistoryReset {

    @Inject
    EntityManager em;

    /** Forgets every version but the newest, and every recorded change; the item states stay. */
    @Transactional
    public void keepOnlyTheNewestVersion() {
        em.createNativeQuery("delete from corpus_change").executeUpdate();
        em.createNativeQuery("update corpus_import set previous_id = null, added = 0, changed = 0, removed = 0").executeUpdate();
        em.createNativeQuery("delete from corpus_import where id < (select max(id) from corpus_import)").executeUpdate();
    }
}
