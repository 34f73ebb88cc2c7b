package org.concordance.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.concordance.corpus.Format.SourceTextFile;

/**
 * One source text of the corpus ({@code proposals/sources/<name>.txt}), decoded strictly as
 * UTF-8, with where each line starts. Lines are separated by LF; a final LF ends the last line
 * rather than starting an empty one; a CR before an LF is white space of its line. Offsets are
 * counted in Unicode code points from the start of the file, as W3C text-position selectors are.
 */
public final class SourceText {

    private final String name;
    private final String content;
    private final String sha256;
    private final int[] lineStarts;
    private final SourceTextFile about;

    private SourceText(String name, String content, String sha256, SourceTextFile about) {
        this.name = name;
        this.content = content;
        this.sha256 = sha256;
        this.about = about;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n' && i + 1 < content.length()) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = content.isEmpty() ? new int[0] : starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Decodes a text, or reports at its exact line and column why it cannot be one: invalid
     * UTF-8, a byte-order mark, a NUL.
     */
    static Optional<SourceText> decode(String name, String display, byte[] bytes, SourceTextFile about, Problems problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            problems.add(new Loc(display, 1, 1), "the text starts with a byte-order mark: save it as UTF-8 without BOM");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String content;
        try {
            content = decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalid(bytes);
            problems.add(at(display, bytes, offset), "not valid UTF-8: byte 0x"
                    + HexFormat.of().toHexDigits(bytes[offset]) + " at byte offset " + offset
                    + "; source texts must be UTF-8");
            return Optional.empty();
        }
        int nul = content.indexOf('\0');
        if (nul >= 0) {
            problems.add(at(display, content, nul), "the text contains a NUL character: a source text is plain text");
            return Optional.empty();
        }
        return Optional.of(new SourceText(name, content, Keys.hash(bytes), about));
    }

    /** The first byte where strict UTF-8 decoding fails. */
    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = decoder.decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length - 1;
    }

    private static Loc at(String display, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return new Loc(display, line, before.codePointCount(0, before.length()) + 1);
    }

    private static Loc at(String display, String content, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (content.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Loc(display, line, content.codePointCount(lineStart, index) + 1);
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }

    /** SHA-256 of the file's bytes, hex. */
    public String sha256() {
        return sha256;
    }

    /** What the record beside the text says about it. */
    public SourceTextFile about() {
        return about;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Char index where 1-based line {@code line} starts. */
    int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Char index just after 1-based line {@code line}, its LF excluded. */
    int lineEnd(int line) {
        if (line < lineStarts.length) {
            return lineStarts[line] - 1;
        }
        return content.endsWith("\n") ? content.length() - 1 : content.length();
    }

    /** The code point offset of a char index. */
    int codePoint(int charIndex) {
        return content.codePointCount(0, charIndex);
    }
}
