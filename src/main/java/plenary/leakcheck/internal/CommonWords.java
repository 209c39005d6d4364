package plenary.leakcheck.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A hand-made list of common English words: about six hundred of the most frequent words of English (chosen
 * after the usual learners' frequency lists), the vocabulary of meeting reports, and everyday words that are
 * also surnames or given names in the regions Plenary serves ("park", "long", "young", "song", "moon").
 * A name that is one of them needs evidence before it counts as a leak; a given name that is one of them is
 * never distinctive enough to count alone.
 */
final class CommonWords {

    private static final String SUBJECT = """
            he she it we they i you one who this that these those some others other many most all both each
            another none few several everyone everybody someone somebody nobody there such any either neither
            no an a the his her its our their my your what which whoever whatever""";

    private static final String PROPER = """
            january february march april may june july august september october november december jan feb mar
            apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
            tues wed thu thur thurs fri sat english french german welsh irish dutch holland england london
            washington jordan georgia israel india paris sydney victoria christian christmas easter god""";

    private static final String ORDINARY = """
            of and to in is was for on are with as be at have from or had by hot word but can out were when up
            use how said if will way about then them write would like so make thing see him two has look more
            day could go come did number sound most people over know water than call first now find new work
            part take get place made live where after back little only round man year came show every good me
            give under name very through just form great think say help low line turn cause much mean before
            move right boy old too same tell does set three want air well also play small end put home read hand
            port large add even land here must big high follow act why ask men change went light kind off need
            house try us again point mother world near build self earth father head stand own page should
            country found answer school grow study still learn plant cover food sun four between state keep eye
            never last let thought city tree cross farm hard start might story saw far sea draw left late run
            while press close night real life north open seem together next white children begin got walk
            example paper group always music often letter until mile river car feet care second book carry took
            science eat room friend began idea fish mountain stop once base hear horse cut sure watch colour
            color face wood main enough plain girl usual young ready above ever red list though feel talk bird
            soon body dog family direct leave song measure door product black short class wind question happen
            complete ship area half rock order fire south problem piece told knew pass since top whole king
            space heard best hour better true during hundred five remember step early hold west ground interest
            reach fast sing listen six table travel less morning ten simple toward towards war lay against
            pattern slow centre center love person money serve appear road map rain rule pull cold notice voice
            unit power town fine certain fly fall lead cry dark note wait plan figure star box field rest able
            done drive stood front teach week final gave green oh quick develop warm free minute strong special
            mind behind clear fact street full force blue object decide deep moon island foot system busy test
            record boat common gold possible ago ran check game shape miss brought heat snow bring yes fill east
            grand ball yet wave drop heart am present heavy arm wide size speak weight general matter pair
            perhaps reason length art subject region energy hunt bed brother ride cell believe forest sit race
            store summer train sleep wall catch mount wish sky board joy winter past soft fun bright weather
            month million bear finish happy hope flower strange gone baby meet root buy raise seven third shall
            held hair cook floor either result burn hill safe type law bit coast copy silent tall sand roll
            fight lie beat natural view sense else quite broke case middle son lake moment scale spring child
            straight nation speed method pay age section dress cloud surprise quiet stone climb cool design
            poor lot bottom key iron single stick flat twenty skin smile hole trade trip office receive row
            mouth exact die least trouble wrote seed join clean break lady yard rise bad blow oil blood touch
            grew mix team cost lost brown wear garden equal sent choose fell fit flow fair bank save control
            gentle woman captain practice separate difficult doctor please protect ring human history effect
            expect modern hit student corner party supply rail provide agree thus capital chair danger rich
            thick process guess sharp wing create bell depend tie enter major fresh search send allow print
            dead spot suit current lift rose continue block sell success company event particular deal swim
            term wife shoe spread camp born determine noise level chance gather shop throw shine wrong gray
            grey repeat require broad prepare salt claim death pretty skill season solution silver branch match
            guide experience score coat mass card band win dream condition feed tool total basic valley double
            seat arrive master track parent shore sheet support speech nature range path meeting session
            report security cooperation regional institution institute university academy college council
            committee policy economic economy nuclear talks summit foreign affairs ministry national
            international relations studies research development government public peace forum association
            foundation society union department service bureau agency league programme program project north
            leader member peninsula strategy framework issue partnership agreement treaty conference dialogue
            initiative network centre defence defense army navy force strategic studies economics politics law
            school faculty office embassy mission court bank fund trust times post herald news daily journal
            park rice bond hall lane marsh ward wise fox lamb crane swan wolf bull hart noble lord dean frank
            miles price cash banks bush church little best baker mason hunter walker porter turner carter
            fisher bishop pope knight duke earl marshal sterling grace faith mark ray bill pat sue guy jack jay
            dawn eve rich do ban bang tan fan pan ding fang long woo sung shin chin min max son sang""";

    private static final Map<String, CommonWord> WORDS = new HashMap<>();

    static {
        put(ORDINARY, CommonWord.ORDINARY);
        put(PROPER, CommonWord.PROPER);
        put(SUBJECT, CommonWord.SUBJECT);
    }

    private CommonWords() {}

    private static void put(String words, CommonWord kind) {
        for (String word : words.split("\\s+")) {
            WORDS.put(word, kind);
        }
    }

    /** What kind of common word this folded word is (a plural as its singular), or null when it is none. */
    static @Nullable CommonWord kindOf(String word) {
        CommonWord kind = WORDS.get(word);
        if (kind != null || word.length() < 4 || !word.endsWith("s")) {
            return kind;
        }
        String singular = word.substring(0, word.length() - 1);
        kind = WORDS.get(singular);
        if (kind == null && word.endsWith("ies")) {
            kind = WORDS.get(word.substring(0, word.length() - 3) + "y");
        } else if (kind == null && word.endsWith("es")) {
            kind = WORDS.get(word.substring(0, word.length() - 2));
        }
        return kind == CommonWord.ORDINARY ? kind : null;
    }

    static boolean isCommon(String word) {
        return kindOf(word) != null;
    }
}
