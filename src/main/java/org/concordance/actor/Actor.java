package org.concordance.actor;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.*;

import org.hibernate.annotations.NaturalId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person or organisation, with its name in each script the sources use. */
@Entity
@Table(name = "actor")
public class Actor extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    public Long id;

    @NaturalId
    @Column(nullable = false, length = 80)
    public String slug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ActorKind kind;

    /** Name in Latin script. */
    @Column(nullable = false, length = 300)
    public String nameEn;

    /** Name in Chinese, where a source uses one. */
    @Column(length = 300)
    public String nameZh;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "alias", nullable = false, length = 300)
    public List<String> aliases = new ArrayList<>();

    /** Where the affiliation and description come from. */
    @ElementCollection
    @CollectionTable(name = "actor_reference", joinColumns = @JoinColumn(name = "actor_id"))
    @MapKeyColumn(name = "field", length = 20)
    public java.util.Map<String, org.concordance.document.MetadataReference> references = new java.util.LinkedHashMap<>();

    /** Affiliation at the time of the sources. */
    @Column(length = 500)
    public String affiliation;

    @Column(length = 1000)
    public String description;

    public static Actor findBySlug(String slug) {
        // Not a slug (a NUL byte, a path): nothing has it, and the database is not asked.
        return slug == null || !org.concordance.corpus.Slug.isValid(slug) ? null : find("slug", slug).firstResult();
    }
}
