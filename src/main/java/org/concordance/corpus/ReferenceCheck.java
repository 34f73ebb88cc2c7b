package org.concordance.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.concordance.corpus.Format.ActorFile;
import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.Reference;

/** A reference's {@code lines} must stand in the source text of the document it names. */
final class ReferenceCheck {

    private final Map<String, DocumentFile> documents = new HashMap<>();
    private final Map<String, SourceText> texts;
    private final Problems problems;

    ReferenceCheck(List<DocumentFile> documents, Map<String, SourceText> texts, Problems problems) {
        documents.forEach(d -> {
            if (d.slug() != null) { // one that failed to bind is reported already
                this.documents.putIfAbsent(d.slug().value(), d);
            }
        });
        this.texts = texts;
        this.problems = problems;
    }

    void check(List<ActorFile> actors) {
        check(actors, List.copyOf(documents.values()));
    }

    /** Checks the references of these actors and documents, looking documents up among all given to the constructor. */
    void check(List<ActorFile> actors, List<DocumentFile> checked) {
        for (ActorFile a : actors) {
            if (a.references() != null) {
                Stream.of(a.references().affiliation(), a.references().description()).forEach(this::check);
            }
        }
        for (DocumentFile d : checked) {
            var r = d.references();
            if (r != null) {
                Stream.of(r.title(), r.published(), r.publisher(), r.url(), r.authors()).forEach(this::check);
            }
        }
    }

    private void check(Reference r) {
        if (r == null || r.lines() == null || r.document() == null) {
            return;
        }
        DocumentFile d = documents.get(r.document().value());
        SourceText text = d == null || d.sourceText() == null ? null : texts.get(d.sourceText().value());
        if (d != null && d.sourceText() == null) {
            problems.add(r.at(), "document '" + d.slug().value() + "' has no source text, so 'lines' cannot point into it");
        } else if (text != null && r.lines().end() > text.lineCount()) {
            problems.add(r.at(), "lines " + r.lines().start() + "-" + r.lines().end() + " are beyond the end of "
                    + text.name() + " (" + text.lineCount() + " lines)");
        }
    }
}
