package org.concordance.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

import org.concordance.corpus.CorpusReader.FileState;

/**
 * The corpus hash: the SHA-256 of the reader's rules version ({@link CorpusReader#RULES}) and of
 * {@value #BUCKETS} bucket digests. A file belongs to the bucket {@code relativePath.hashCode()
 * & 255} (Java specifies {@link String#hashCode()}, so every machine agrees); a bucket's digest
 * is the SHA-256 of its files' relative paths and SHA-256s, in path order. A change of a few
 * files re-digests their buckets (a few hundred files each at 100,000 documents), not all
 * 500,000 files.
 */
final class CorpusHash {

    static final int BUCKETS = 256;

    private CorpusHash() {
    }

    static int bucket(String relativePath) {
        return relativePath.hashCode() & (BUCKETS - 1);
    }

    /** The bucket digests of these states, by relative path in path order. */
    static byte[][] buckets(SortedMap<String, FileState> byPath) {
        MessageDigest[] digests = new MessageDigest[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            digests[b] = sha256();
        }
        byPath.forEach((path, state) -> add(digests[bucket(path)], path, state));
        byte[][] buckets = new byte[BUCKETS][];
        for (int b = 0; b < BUCKETS; b++) {
            buckets[b] = digests[b].digest();
        }
        return buckets;
    }

    /**
     * The bucket digests after a change: {@code dirty} buckets digested again from {@code files}
     * (by absolute path, each starting with {@code prefix}), the others taken from
     * {@code previous}; all are digested when {@code previous} is null.
     */
    static byte[][] update(byte[][] previous, Map<String, FileState> files, String prefix, Set<Integer> dirty) {
        boolean all = previous == null;
        List<List<Map.Entry<String, FileState>>> members = new ArrayList<>(BUCKETS);
        for (int b = 0; b < BUCKETS; b++) {
            members.add(all || dirty.contains(b) ? new ArrayList<>() : null);
        }
        char separator = java.io.File.separatorChar;
        int from = prefix.length();
        for (Map.Entry<String, FileState> e : files.entrySet()) {
            String path = e.getKey();
            int h = 0; // the relative path's String.hashCode(), without making the string
            for (int i = from; i < path.length(); i++) {
                char c = path.charAt(i);
                h = 31 * h + (c == separator ? '/' : c);
            }
            List<Map.Entry<String, FileState>> in = members.get(h & (BUCKETS - 1));
            if (in != null) {
                String relative = path.substring(from);
                in.add(Map.entry(separator == '/' ? relative : relative.replace(separator, '/'), e.getValue()));
            }
        }
        byte[][] buckets = all ? new byte[BUCKETS][] : previous.clone();
        for (int b = 0; b < BUCKETS; b++) {
            List<Map.Entry<String, FileState>> in = members.get(b);
            if (in != null) {
                in.sort(Map.Entry.comparingByKey());
                MessageDigest digest = sha256();
                in.forEach(e -> add(digest, e.getKey(), e.getValue()));
                buckets[b] = digest.digest();
            }
        }
        return buckets;
    }

    /** The corpus hash of these bucket digests. */
    static String combine(byte[][] buckets) {
        MessageDigest digest = sha256();
        digest.update(CorpusReader.RULES.getBytes(StandardCharsets.UTF_8));
        for (byte[] bucket : buckets) {
            digest.update(bucket);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String path, FileState state) {
        digest.update(path.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(state.sha256());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
