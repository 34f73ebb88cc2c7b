package org.concordance.corpus;

import java.time.OffsetDateTime;

import jakarta.persistence.*;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A record of one successful import: which corpus version is in the database, and its counts. */
@Entity
@Table(name = "corpus_import")
public class CorpusImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corpus_import_seq")
    @SequenceGenerator(name = "corpus_import_seq", sequenceName = "corpus_import_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false, length = 64)
    public String corpusHash;

    @Column(nullable = false)
    public OffsetDateTime importedAt;

    public int documents;
    public int measures;
    public int actors;
    public int positions;
    public int signatures;
    public int evidence;
    public long durationMs;

    /** The import this one was compared with; null for the first this database knows. */
    public Long previousId;

    /** Items (documents, measures, positions, signatures, actors) added, changed and removed since {@link #previousId}. */
    public int added;
    public int changed;
    public int removed;

    /** The git commit this version was read from (see {@link CorpusConfig#history()}); null: from the folder. */
    public String sourceCommit;

    public static CorpusImport latest() {
        return find("order by id desc").firstResult();
    }

    /** Id of the newest import: ids only grow, so two equal readings bracket one version. */
    public static Long latestId() {
        return getEntityManager().createQuery("select max(i.id) from CorpusImport i", Long.class).getSingleResult();
    }
}
