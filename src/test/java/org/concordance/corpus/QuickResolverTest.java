package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The quick resolver gives every scalar the tag SnakeYAML's own resolver gives it. */
class QuickResolverTest {

    @Test
    void everyScalarGetsTheStandardResolversTag() {
        List<String> values = new ArrayList<>(List.of("", " ", "~", "null", "Null", "NULL", "nul", "true", "True", "yes",
                "Yes", "no", "No", "on", "On", "off", "OFF", "y", "n", "false", "12", "-3", "+4", "0x1F", "0o17", "0b101",
                "1_000", "1:20", ".5", ".inf", "-.Inf", ".NaN", "1.5e3", "6.8523015e+5", "2023-03-22",
                "2023-03-22T10:00:00Z", "2001-12-14 21:59:43.10 -5", "<<", "=", "!", "&a", "*b", "doc-000123", "actor-1",
                "note", "opposes", "supports", "yesterday", "nothing", "Zürich", "中文的引文", "「引号」", "\u0000",
                "Pause Giant AI Experiments: An Open Letter", "#not a comment", "@handle", "%", "`x`", "0", "00", "-"));
        for (char c = 1; c < 128; c++) {
            values.add(c + "x");
            values.add(String.valueOf(c));
            values.add(c + "xxxx");
            values.add(c + "null");
            values.add(" " + c);
        }
        Resolver standard = new Resolver();
        QuickResolver quick = new QuickResolver();
        for (String v : values) {
            for (boolean implicit : new boolean[] { true, false }) {
                for (NodeId kind : new NodeId[] { NodeId.scalar, NodeId.sequence, NodeId.mapping }) {
                    assertEquals(standard.resolve(kind, v, implicit), quick.resolve(kind, v, implicit),
                            kind + " '" + v + "' implicit=" + implicit);
                }
            }
        }
    }
}
