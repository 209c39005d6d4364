package plenary.search.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.jspecify.annotations.Nullable;
import plenary.kernel.Phrase;

/**
 * One thing to find, as the index keeps it: an intervention, a proposal, a paragraph of a report or memorandum, an
 * institution. {@code owner} names what it is re-read with ("meeting:3"); {@code text} is the form everyone who
 * may see it reads, {@code named} the form only those in {@code namesFor} read (null where the two are the same).
 */
public record Entry(
        String uid,
        String owner,
        String kind,
        String title,
        String text,
        @Nullable String named,
        Set<String> namesFor,
        boolean published,
        String link,
        @Nullable Facet studyGroup,
        @Nullable Facet meeting,
        @Nullable Integer year,
        List<Facet> institutions,
        @Nullable Phrase heading) {

    /** An entry whose title is record content or the same in every language. */
    public Entry(
            String uid,
            String owner,
            String kind,
            String title,
            String text,
            @Nullable String named,
            Set<String> namesFor,
            boolean published,
            String link,
            @Nullable Facet studyGroup,
            @Nullable Facet meeting,
            @Nullable Integer year,
            List<Facet> institutions) {
        this(
                uid,
                owner,
                kind,
                title,
                text,
                named,
                namesFor,
                published,
                link,
                studyGroup,
                meeting,
                year,
                institutions,
                null);
    }

    public static final String UID = "uid";
    public static final String OWNER = "owner";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    /**
     * The title in words a page says in its reader's language ("Session 3: {theme}"), where it has such words: kept,
     * not searched (the English title is). Its key and arguments, each after a unit separator.
     */
    public static final String HEADING = "heading";

    private static final String SEPARATOR = "\u001f";
    public static final String TEXT = "text";
    public static final String NAMED = "named";
    /** What queries read: the title and the text everyone sees, in one field (not kept). */
    public static final String ALL = "all";
    /** The title and the named form, for those who may read it. */
    public static final String ALL_NAMED = "allNamed";
    /** What a field holds word for word (lower case, no stems), for prefixes: "denucleariz*". */
    public static final String EXACT = "Exact";

    public static final String NAMES_FOR = "namesFor";
    public static final String AUDIENCE = "audience";
    public static final String LINK = "link";
    public static final String STUDY_GROUP = "studyGroup";
    public static final String MEETING = "meeting";
    public static final String YEAR = "year";
    public static final String INSTITUTION = "institution";
    public static final String PUBLIC = "public";
    public static final String SIGNED_IN = "signed-in";

    /** A value to count and filter by: its id and what a reader calls it. */
    public record Facet(String id, String label) {

        /** How the index keeps it: the id, a bar, the label (ids never hold a bar). */
        String value() {
            return id + "|" + label;
        }

        static Facet of(String value) {
            int bar = value.indexOf('|');
            return bar < 0 ? new Facet(value, value) : new Facet(value.substring(0, bar), value.substring(bar + 1));
        }
    }

    /** The facets' dimensions, each told apart from its filter field. */
    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(facet(INSTITUTION), true);
        return config;
    }

    static String facet(String dimension) {
        return "f_" + dimension;
    }

    Document document() {
        Document doc = new Document();
        doc.add(new StringField(UID, uid, Field.Store.YES));
        doc.add(new StringField(OWNER, owner, Field.Store.NO));
        doc.add(new StringField(KIND, kind, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(facet(KIND), kind));
        doc.add(new TextField(TITLE, title, Field.Store.YES));
        doc.add(new TextField(TEXT, text, Field.Store.YES));
        doc.add(new TextField(ALL, title + "\n" + text, Field.Store.NO));
        doc.add(new TextField(ALL + EXACT, title + "\n" + text, Field.Store.NO));
        if (named != null) {
            doc.add(new TextField(NAMED, named, Field.Store.YES));
            doc.add(new TextField(ALL_NAMED, title + "\n" + named, Field.Store.NO));
            doc.add(new TextField(ALL_NAMED + EXACT, title + "\n" + named, Field.Store.NO));
            namesFor.forEach(n -> doc.add(new StringField(NAMES_FOR, n, Field.Store.YES)));
        }
        doc.add(new StringField(AUDIENCE, published ? PUBLIC : SIGNED_IN, Field.Store.NO));
        doc.add(new StoredField(LINK, link));
        if (heading != null) {
            doc.add(new StoredField(HEADING, kept(heading)));
        }
        if (studyGroup != null) {
            add(doc, STUDY_GROUP, studyGroup);
        }
        if (meeting != null) {
            add(doc, MEETING, meeting);
        }
        if (year != null) {
            add(doc, YEAR, new Facet(year.toString(), year.toString()));
        }
        institutions.forEach(i -> add(doc, INSTITUTION, i));
        return doc;
    }

    private static String kept(Phrase heading) {
        StringBuilder kept = new StringBuilder(heading.key());
        heading.args().forEach(arg -> kept.append(SEPARATOR).append(arg));
        return kept.toString();
    }

    /** The heading a document keeps, or null where it keeps none (an entry indexed before headings were kept). */
    static @Nullable Phrase heading(@Nullable String kept) {
        if (kept == null) {
            return null;
        }
        String[] parts = kept.split(SEPARATOR, -1);
        return new Phrase(parts[0], List.of((Object[]) Arrays.copyOfRange(parts, 1, parts.length)));
    }

    private static void add(Document doc, String field, Facet facet) {
        doc.add(new StringField(field, facet.id(), Field.Store.YES));
        doc.add(new StoredField(field + "Label", facet.label()));
        doc.add(new SortedSetDocValuesFacetField(facet(field), facet.value()));
    }
}
