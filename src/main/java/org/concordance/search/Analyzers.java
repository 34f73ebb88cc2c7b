package org.concordance.search;

import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the search index. All are stateless and thread-safe (Lucene reuses token streams
 * per thread), so they are shared by every index.
 */
final class Analyzers {

    private Analyzers() {
    }

    /** English stop words (a, and, the, of, ...). */
    static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /** Chinese function characters ignored when a query contains them as a lone character. */
    static final Set<String> CHINESE_STOP_CHARS = Set.of(
            "的", "了", "和", "与", "及", "或", "是", "在", "之", "也", "而", "着", "吗", "呢", "吧", "啊");

    private static final Set<String> CJK_TYPES = Set.of(
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]);

    /**
     * Main matching analyzer: UAX#29 words, full-width folding, lower case, CJK bigrams (so that any Chinese
     * substring of 2+ characters is a phrase of bigrams), English possessive and stop words removed,
     * Porter stemming (CJK bigrams are left untouched by the stemmer).
     */
    static final Analyzer BIGRAM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new CJKBigramFilter(ts);
            ts = new EnglishPossessiveFilter(ts);
            ts = new StopFilter(ts, ENGLISH_STOP);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };

    /** Single CJK characters only (for one-character queries). */
    static final Analyzer UNIGRAM = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(source);
            ts = new TypeTokenFilter(ts, CJK_TYPES, true);
            return new TokenStreamComponents(source, ts);
        }
    };

    /** Like {@link #BIGRAM} without the bigrams: used to find English terms in a text for the snippet. */
    static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new CJKWidthFilter(source);
            ts = new LowerCaseFilter(ts);
            ts = new EnglishPossessiveFilter(ts);
            ts = new StopFilter(ts, ENGLISH_STOP);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };

    /**
     * Word-segmenting analyzer (the SmartChineseAnalyzer chain with English stop words added, and stop words
     * removed before stemming). Only used for ranking: entries where the query aligns with Chinese word
     * boundaries score higher.
     */
    static final Analyzer SMART = new Analyzer() {
        private final CharArraySet stop = stopSet();

        private static CharArraySet stopSet() {
            CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
            set.addAll(ENGLISH_STOP);
            return CharArraySet.unmodifiableSet(set);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new HMMChineseTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new StopFilter(ts, stop);
            ts = new PorterStemFilter(ts);
            return new TokenStreamComponents(source, ts);
        }
    };

    static boolean isCjkType(String type) {
        return CJK_TYPES.contains(type);
    }
}
