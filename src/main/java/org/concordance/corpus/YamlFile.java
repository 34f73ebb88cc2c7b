package org.concordance.corpus;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns the bytes of one corpus file into a YAML node tree, refusing what a curator's file
 * never needs and an attacker's might: more than {@link #MAX_BYTES}, invalid UTF-8, anchors
 * and aliases (the "billion laughs" expansion), custom tags, several documents in one file,
 * and nesting deeper than {@link #MAX_DEPTH}. Each refusal is a {@link Problem} with a place.
 */
public final class YamlFile {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_DEPTH = 20;

    /** Tags a plain YAML file may spell out (!!str, !!int...): nothing that names a class or a file. */
    private static final java.util.Set<String> STANDARD_TAGS = java.util.Set.of(Tag.STR.getValue(),
            Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(),
            Tag.TIMESTAMP.getValue(), Tag.SEQ.getValue(), Tag.MAP.getValue());

    private YamlFile() {
    }

    /** The root node, or empty when the file is refused (the problems say why). */
    public static Optional<Node> parse(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new Loc(file, 1, 1), "file is " + bytes.length + " bytes; the limit is " + MAX_BYTES
                    + " bytes (1 MiB): split the document or shorten its quotes");
            return Optional.empty();
        }
        Optional<String> text = decodeUtf8(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new Loc(file, 1, 1), "file is empty");
            return Optional.empty();
        }
        Optional<Node> quick = composeQuickly(text.get());
        if (quick.isPresent()) {
            return quick;
        }
        Yaml yaml = yaml();
        try {
            if (!checkEvents(file, yaml.parse(new StringReader(text.get())), problems)) {
                return Optional.empty();
            }
            return Optional.ofNullable(yaml.compose(new StringReader(text.get())));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            Mark started = e.getContextMark();
            String context = e.getContext() == null ? ""
                    : " (" + e.getContext() + (started != null && started != mark ? " that starts at line "
                            + (started.getLine() + 1) + ", column " + (started.getColumn() + 1) : "") + ")";
            problems.add(at(file, mark), "YAML syntax error: " + Problem.abbreviate(what) + Problem.abbreviate(context));
        } catch (YAMLException e) {
            problems.add(new Loc(file, 1, 1), "YAML error: " + Problem.abbreviate(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * One pass instead of two for the common file: when no character that anchors, aliases, tags
     * or a second document need is present, the event check cannot find anything, so the tree is
     * composed directly. Anything unusual (those characters, an error, deep nesting) returns
     * empty, and {@link #parse} takes the careful path that reports it.
     */
    /** A loader per thread: building one compiles the resolver's patterns, too slow to do per file. */
    private static final ThreadLocal<Yaml> QUICK = ThreadLocal.withInitial(YamlFile::yaml);

    /** A loader with {@link QuickResolver}: the tags of every scalar are those of SnakeYAML's own resolver. */
    private static Yaml yaml() {
        LoaderOptions options = options();
        org.yaml.snakeyaml.DumperOptions dumping = new org.yaml.snakeyaml.DumperOptions();
        return new Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(options),
                new org.yaml.snakeyaml.representer.Representer(dumping), dumping, options, new QuickResolver());
    }

    private static Optional<Node> composeQuickly(String text) {
        if (text.indexOf('&') >= 0 || text.indexOf('*') >= 0 || text.indexOf('!') >= 0 || text.contains("---")
                || text.contains("...")) {
            return Optional.empty();
        }
        try {
            Node root = QUICK.get().compose(new StringReader(text));
            return root != null && depth(root) <= MAX_DEPTH ? Optional.of(root) : Optional.empty();
        } catch (YAMLException e) {
            return Optional.empty();
        }
    }

    private static int depth(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            int deepest = 0;
            for (org.yaml.snakeyaml.nodes.NodeTuple t : m.getValue()) {
                deepest = Math.max(deepest, Math.max(depth(t.getKeyNode()), depth(t.getValueNode())));
            }
            return 1 + deepest;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            int deepest = 0;
            for (Node item : seq.getValue()) {
                deepest = Math.max(deepest, depth(item));
            }
            return 1 + deepest;
        }
        return 0;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // the binder reports duplicates with both places
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** Streams the parser events once, before composing, so nothing is ever expanded. */
    private static boolean checkEvents(String file, Iterable<Event> events, Problems problems) {
        int depth = 0;
        int documents = 0;
        boolean ok = true;
        for (Event event : events) {
            if (event instanceof AliasEvent alias) {
                problems.add(at(file, alias.getStartMark()), "aliases (*" + alias.getAnchor()
                        + ") are not allowed in corpus files: write the value out");
                return false;
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                problems.add(at(file, node.getStartMark()), "anchors (&" + node.getAnchor()
                        + ") are not allowed in corpus files");
                ok = false;
            }
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null && !STANDARD_TAGS.contains(tag)) {
                problems.add(at(file, event.getStartMark()), "custom tag " + tag + " is not allowed");
                ok = false;
            }
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                problems.add(at(file, event.getStartMark()), "a corpus file holds exactly one YAML document (found a second '---')");
                return false;
            }
            if (event instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    problems.add(at(file, event.getStartMark()), "nesting deeper than " + MAX_DEPTH + " levels");
                    return false;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
        }
        return ok;
    }

    /** Strict UTF-8: the first malformed byte is reported with its line and column. */
    static Optional<String> decodeUtf8(String file, byte[] bytes, Problems problems) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.add(new Loc(file, line, column), String.format(
                    "invalid UTF-8: byte 0x%02X at offset %d; save the file as UTF-8", bytes[in.position()] & 0xFF,
                    in.position()));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    static Loc at(String file, Mark mark) {
        return mark == null ? new Loc(file, 1, 1) : new Loc(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
