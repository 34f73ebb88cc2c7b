package org.concordance.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.concordance.compare.Views.DocumentComparison;
import org.concordance.compare.Views.MatrixCell;
import org.concordance.measure.MeasureType;
import org.concordance.position.Refs.DocumentRef;
import org.concordance.web.Tabular;

/** Records of the comparison API and pages: the engine's answers with the documents they are about. */
public interface CompareViews {

    record Comparison(List<DocumentRef> documents, DocumentComparison comparison) {
    }

    record MatrixRowView(DocumentRef document, List<MatrixCell> cells) {
    }

    /** One page of matrix rows; as CSV, one column per measure type holding "stance (evidence count)". */
    record MatrixPage(List<MeasureType> types, List<MatrixRowView> rows, long total, int page, int size, int pages)
            implements Tabular {
        @Override
        public List<?> csvRows() {
            List<Map<String, Object>> out = new ArrayList<>();
            for (MatrixRowView r : rows) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", r.document().slug());
                row.put("title", r.document().titleEn());
                for (MatrixCell c : r.cells()) {
                    row.put(c.type().code(), c.stance() == null ? "" : c.stance().code() + " (" + c.evidence() + ")");
                }
                out.add(row);
            }
            return out;
        }
    }
}
