package org.concordance.change;

import java.io.Serializable;

import jakarta.persistence.*;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code corpus_change}: one item added, changed or removed by one import ({@link ChangeLog} writes them). */
@Entity
@Table(name = "corpus_change")
@IdClass(StoredChange.Key.class)
public class StoredChange extends PanacheEntityBase {

    @Id
    @Column(name = "import_id")
    public long importId;

    @Id
    @Column(name = "ordinal")
    public int ordinal;

    public String kind;
    public String stableId;
    public String change;
    public String owner;
    public String measureType;
    public String actor;
    public String fieldsJson;

    /** The key: an import and the change's place in it. */
    public record Key(long importId, int ordinal) implements Serializable {
    }
}
