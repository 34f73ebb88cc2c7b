package org.concordance.corpus;

import static org.concordance.corpus.Corpus.nullSafe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.concordance.compare.MeasureFacts;
import org.concordance.compare.PositionFacts;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.MeasureEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.document.LinkRelation;
import org.concordance.measure.MeasureType;
import org.concordance.position.Basis;

/**
 * What the comparison engine needs of a corpus read from its files, without a database: the same
 * measures and positions an import stores ({@code position.Facts} reads them back from there),
 * so that two checkouts can be compared as the service compares them.
 */
public final class EngineFacts {

    private EngineFacts() {
    }

    /** Every measure, with its typed parameters and the document that states it. */
    public static List<MeasureFacts> measures(Corpus corpus) {
        List<MeasureFacts> out = new ArrayList<>();
        for (DocumentFile d : corpus.documents()) {
            for (MeasureEntry m : nullSafe(d.measures())) {
                out.add(new MeasureFacts(m.slug().value(), m.type(), d.slug().value(), m.name().en(), m.name().zh(),
                        m.parameters()));
            }
        }
        return out;
    }

    /**
     * Every position: held by its actor or, without one, by the document that records it; dated
     * by that document; its evidence counted.
     */
    public static List<PositionFacts> positions(Corpus corpus) {
        Map<String, MeasureType> types = new HashMap<>();
        for (DocumentFile d : corpus.documents()) {
            nullSafe(d.measures()).forEach(m -> types.put(m.slug().value(), m.type()));
        }
        List<PositionFacts> out = new ArrayList<>();
        for (DocumentFile d : corpus.documents()) {
            String doc = d.slug().value();
            for (PositionEntry p : nullSafe(d.positions())) {
                String actor = p.actor() == null ? null : p.actor().value();
                out.add(new PositionFacts(Keys.position(d, p), p.measure().value(), types.get(p.measure().value()),
                        actor != null ? actor : doc, actor != null, doc, d.published(), p.stance(),
                        p.basis() == null ? Basis.DIRECT : p.basis(), p.via() == null ? null : p.via().value(),
                        nullSafe(p.evidence()).size()));
            }
        }
        return out;
    }

    /** The rows of the documents-by-types matrix, by slug: every document but a translation (its original's row stands for it). */
    public static List<String> matrixDocuments(Corpus corpus) {
        Set<String> rows = new TreeSet<>();
        for (DocumentFile d : corpus.documents()) {
            boolean translation = nullSafe(d.links()).stream().anyMatch(l -> l.relation() == LinkRelation.TRANSLATION_OF);
            if (!translation) {
                rows.add(d.slug().value());
            }
        }
        return List.copyOf(rows);
    }
}
