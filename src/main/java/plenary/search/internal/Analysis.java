package plenary.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.jspecify.annotations.Nullable;

/**
 * How text becomes terms. The index is analysed as English (possessives, lower case, stop words, Porter's stems);
 * queries the same way, with the institutions' names, acronyms and aliases as synonyms of one another before the
 * stop words go, so that "6PT" also asks for the phrase "Six Party Talks".
 */
public final class Analysis {

    private Analysis() {}

    /** The analyzer of the index: English, but word for word in the fields for prefixes. */
    public static Analyzer index() {
        Analyzer exact = exact();
        return new PerFieldAnalyzerWrapper(
                new EnglishAnalyzer(), Map.of(Entry.ALL + Entry.EXACT, exact, Entry.ALL_NAMED + Entry.EXACT, exact));
    }

    /** The analyzer of snippets: the texts are English. */
    public static Analyzer snippets() {
        return new EnglishAnalyzer();
    }

    private static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /** The analyzer of queries, each group of names a set of synonyms. */
    public static Analyzer query(List<List<String>> names) {
        SynonymMap synonyms = synonyms(names);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    private static @Nullable SynonymMap synonyms(List<List<String>> names) {
        Analyzer words = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            }
        };
        try (words) {
            SynonymMap.Parser builder = new SynonymMap.Parser(true, words) {
                @Override
                public void parse(Reader in) {
                    throw new UnsupportedOperationException("the names come as lists");
                }
            };
            boolean any = false;
            for (List<String> group : names) {
                List<CharsRef> analysed = new ArrayList<>();
                for (String name : group) {
                    CharsRef ref = analyse(builder, name);
                    if (ref.length > 0 && !analysed.contains(ref)) {
                        analysed.add(ref);
                    }
                }
                for (CharsRef from : analysed) {
                    for (CharsRef to : analysed) {
                        if (!from.equals(to)) {
                            builder.add(from, to, true);
                            any = true;
                        }
                    }
                }
            }
            return any ? builder.build() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef analyse(SynonymMap.Parser parser, String text) {
        try {
            return parser.analyze(text, new CharsRefBuilder());
        } catch (IllegalArgumentException | IOException e) {
            // A name that analyses to nothing (only punctuation) has no synonyms.
            return new CharsRef();
        }
    }
}
