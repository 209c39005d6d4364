package plenary.generator.internal;

import java.util.List;
import java.util.Random;

/**
 * The words of generated texts, drawn from the seed report's subject: a study group's themes, what speakers said
 * and proposed, paragraphs of a memorandum. Every choice comes from the caller's seeded random, so that one seed
 * always gives the same texts.
 */
public final class Vocabulary {

    static final List<String> THEMES = List.of(
            "Multilateral security cooperation in Northeast Asia",
            "Energy security and regional pipelines",
            "Maritime security and the law of the sea",
            "Disaster relief and humanitarian assistance",
            "Nuclear safety after Fukushima",
            "Confidence-building measures on the Korean Peninsula",
            "Designing institutional arrangements",
            "The role of the great powers",
            "Economic integration and trade corridors",
            "Transnational crime and counter-terrorism",
            "Cyber security and critical infrastructure",
            "Fisheries, boundaries and the environment");
    private static final List<String> SUBJECTS = List.of(
            "the ASEAN Regional Forum",
            "the Six-Party Talks",
            "the East Asia Summit",
            "a regional energy dialogue",
            "multilateral security cooperation",
            "confidence-building among the region's militaries",
            "maritime cooperation in the Sea of Japan",
            "the trilateral summit of China, Japan and Korea",
            "an early-warning mechanism for natural disasters",
            "the denuclearization of the Korean Peninsula",
            "a Northeast Asian security forum",
            "cooperation on nuclear safety",
            "a railway corridor from Busan to Europe",
            "the Greater Tumen Initiative",
            "regional fisheries management");
    private static final List<String> VERBS = List.of(
            "could strengthen",
            "has not yet addressed",
            "depends on",
            "should be complemented by",
            "would benefit from",
            "risks duplicating",
            "was weakened by",
            "offers a model for",
            "cannot replace",
            "needs");
    private static final List<String> OBJECTS = List.of(
            "trust among the major powers",
            "transparency in military exercises",
            "a permanent secretariat",
            "the participation of the United States and Russia",
            "regular meetings of defence officials",
            "shared rules for incidents at sea",
            "joint exercises in disaster relief",
            "an agreed agenda for the next decade",
            "the experience of the Helsinki process",
            "financing from the region's development banks",
            "the involvement of civil society and experts",
            "track-two dialogue before official talks");
    private static final List<String> COMPLEMENTS = List.of(
            "in the coming decade",
            "while the Korean Peninsula remains divided",
            "if China and Japan agree on its purpose",
            "as long as the region lacks a common institution",
            "without prejudice to existing alliances",
            "once the talks resume",
            "at a time of rising maritime tension",
            "given the region's history");
    private static final List<String> OPENINGS = List.of(
            "argued that",
            "stressed that",
            "suggested that",
            "questioned whether",
            "observed that",
            "pointed out that",
            "expressed concern that",
            "proposed that");
    static final List<String> RECOMMENDATIONS = List.of(
            "The study group recommends that",
            "Governments of the region should consider whether",
            "CSCAP member committees should examine how",
            "The co-chairs propose that",
            "It is recommended that");

    private Vocabulary() {}

    static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A sentence of the record: a subject, what it does to what, and under which condition. */
    static String sentence(Random random) {
        String subject = pick(random, SUBJECTS);
        return Character.toUpperCase(subject.charAt(0))
                + subject.substring(1)
                + " "
                + pick(random, VERBS)
                + " "
                + pick(random, OBJECTS)
                + " "
                + pick(random, COMPLEMENTS)
                + ".";
    }

    /** One to three sentences, the first opened as the speaker said it ("argued that the …"). */
    static String summary(Random random) {
        String subject = pick(random, SUBJECTS);
        StringBuilder text = new StringBuilder(pick(random, OPENINGS))
                .append(' ')
                .append(subject)
                .append(' ')
                .append(pick(random, VERBS))
                .append(' ')
                .append(pick(random, OBJECTS))
                .append(' ')
                .append(pick(random, COMPLEMENTS))
                .append('.');
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            text.append(' ').append(sentence(random));
        }
        return text.toString();
    }

    /** A recommendation: "The study group recommends that a regional energy dialogue needs …". */
    static String recommendation(Random random) {
        String subject = pick(random, SUBJECTS);
        return pick(random, RECOMMENDATIONS) + " " + subject + " " + pick(random, VERBS) + " " + pick(random, OBJECTS)
                + " " + pick(random, COMPLEMENTS) + ".";
    }

    /** A paper's title: "Energy security and regional pipelines: the case of a regional energy dialogue". */
    static String paperTitle(Random random) {
        return pick(random, THEMES) + ": the case of " + pick(random, SUBJECTS);
    }
}
