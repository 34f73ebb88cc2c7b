package org.concordance.corpus;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's standard resolver of implicit tags, without its regular expressions for a plain
 * scalar that no implicit type (bool, int, float, null, timestamp, merge) can match: one longer
 * than four characters whose first character no type is registered for. Such a scalar is a
 * string whatever the expressions say, and most of a corpus file's scalars are (quotes, slugs,
 * names); a tenth of parsing went to those matches. The types registered for any first
 * character are null ({@code ~}, {@code null}, {@code Null}, {@code NULL}, a space) and the empty
 * value, four characters at most; if SnakeYAML ever registers another, nothing is skipped.
 * {@code QuickResolverTest} compares every tag with SnakeYAML's own resolver.
 */
final class QuickResolver extends Resolver {

    /** The longest value {@link Resolver#NULL} or {@link Resolver#EMPTY} matches. */
    private static final int ANY_FIRST_LONGEST = 4;

    /** First characters some implicit type is registered for; filled while the super constructor registers them. */
    private Set<Character> firsts;
    /** Whether a type registered for any first character is one other than null and empty (then nothing is skipped). */
    private boolean unknownAnyFirst;

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
        if (firsts == null) {
            firsts = new HashSet<>(); // no initialiser: the super constructor calls this before one would run
        }
        // SnakeYAML files a type under "any first character" for no first characters or for '\0'.
        if (first == null || first.indexOf('\0') >= 0) {
            unknownAnyFirst |= regexp != NULL && regexp != EMPTY;
        }
        if (first != null) {
            for (char c : first.toCharArray()) {
                firsts.add(c);
            }
        }
        super.addImplicitResolver(tag, regexp, first, limit);
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !unknownAnyFirst && value.length() > ANY_FIRST_LONGEST
                && !firsts.contains(value.charAt(0))) {
            return Tag.STR;
        }
        return super.resolve(kind, value, implicit);
    }
}
