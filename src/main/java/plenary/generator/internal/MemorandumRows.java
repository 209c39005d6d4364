package plenary.generator.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import plenary.drafting.MemorandumText;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.MemorandumText.DraftSection;
import plenary.institutions.InstitutionId;
import tools.jackson.databind.ObjectMapper;

/**
 * A study group's memorandum as the drafting module keeps it: revised once for each version, every revision
 * kept, and each version frozen at its revision. Its paragraphs cite the group's proposals and the institutions;
 * keys are never given twice. Every other memorandum's last version is circulated to the group's committees,
 * who comment on its paragraphs and propose amendments.
 */
final class MemorandumRows {

    private static final int SECTIONS = 5;
    private static final int PARAGRAPHS = 4;

    private final Tables tables;
    private final ObjectMapper json;
    private final List<Long> institutions;

    MemorandumRows(Tables tables, ObjectMapper json, List<Long> institutions) {
        this.tables = tables;
        this.json = json;
        this.institutions = institutions;
        tables.declare(
                "memorandum",
                "id",
                "study_group_id",
                "title",
                "revision",
                "next_key",
                "text",
                "created_by",
                "created_at",
                "saved_by",
                "saved_at");
        tables.declare("memorandum_revision", "memorandum_id", "revision", "text", "saved_by", "saved_at");
        tables.declare(
                "memorandum_version", "memorandum_id", "number", "revision", "text", "note", "frozen_by", "frozen_at");
        tables.declare(
                "circulation",
                "id",
                "memorandum_id",
                "study_group_id",
                "version_number",
                "deadline",
                "note",
                "circulated_by",
                "circulated_at",
                "version");
        tables.declare(
                "circulation_recipient",
                "id",
                "circulation_id",
                "kind",
                "committee_id",
                "person_id",
                "name",
                "email",
                "link_hash",
                "link_revoked_at",
                "version");
        tables.declare(
                "circulation_comment",
                "id",
                "circulation_id",
                "recipient_id",
                "paragraph_key",
                "reply_to",
                "body",
                "author",
                "late",
                "made_at");
        tables.declare(
                "circulation_amendment",
                "id",
                "circulation_id",
                "recipient_id",
                "kind",
                "paragraph_key",
                "body",
                "rationale",
                "author",
                "late",
                "proposed_at",
                "decision",
                "decision_text",
                "decided_by",
                "decided_at",
                "version");
    }

    /** What a circulation goes to: a member committee, by id and name. */
    record Committee(long id, String name) {}

    /** Writes a memorandum and its versions; true when it was circulated. */
    boolean memorandum(
            Random random,
            long group,
            int index,
            String author,
            OffsetDateTime started,
            List<Long> proposals,
            int versions,
            List<Committee> committees) {
        long id = tables.id("memorandum");
        String topic = Vocabulary.pick(random, Vocabulary.THEMES);
        List<DraftSection> sections = new ArrayList<>();
        int key = 0;
        for (int s = 0; s < SECTIONS; s++) {
            List<DraftParagraph> paragraphs = new ArrayList<>();
            String sectionKey = "sec_" + ++key;
            for (int p = 0; p < PARAGRAPHS; p++) {
                paragraphs.add(paragraph(random, "para_" + ++key, proposals));
            }
            sections.add(new DraftSection(
                    sectionKey, s == 0 ? "Introduction" : Vocabulary.pick(random, Vocabulary.THEMES), paragraphs));
        }
        String title = "Memorandum " + (index + 1) + " on " + topic.toLowerCase(Locale.ROOT);
        String preamble = "The study group met to review " + topic.toLowerCase(Locale.ROOT)
                + " and submits this memorandum to the Steering Committee.";
        MemorandumText text = new MemorandumText(title, preamble, sections);
        OffsetDateTime at = started;
        for (int r = 1; r <= versions; r++) {
            if (r > 1) {
                text = revised(random, text, r, key, proposals);
                key += r % 2 == 0 ? 1 : 0;
                at = at.plusDays(7 + random.nextInt(14));
            }
            String written = json.writeValueAsString(text);
            tables.add("memorandum_revision", id, r, written, author, at);
            tables.add(
                    "memorandum_version",
                    id,
                    r,
                    r,
                    written,
                    r == 1
                            ? "First draft"
                            : "Version " + r
                                    + ": the comments of the " + (r - 1)
                                    + (r == 2 ? "st" : r == 3 ? "nd" : r == 4 ? "rd" : "th")
                                    + " round taken in",
                    author,
                    at.plusHours(1));
        }
        tables.add(
                "memorandum",
                id,
                group,
                title,
                versions,
                key + 1,
                json.writeValueAsString(text),
                author,
                started,
                author,
                at);
        if (index % 2 == 1 || committees.isEmpty()) {
            return false;
        }
        circulate(random, id, group, versions, text, author, at.plusHours(2), committees);
        return true;
    }

    private DraftParagraph paragraph(Random random, String key, List<Long> proposals) {
        List<Long> cited = random.nextInt(3) == 0 && !proposals.isEmpty()
                ? List.of(Vocabulary.pick(random, proposals))
                : List.of();
        List<InstitutionId> about = random.nextInt(3) == 0 && !institutions.isEmpty()
                ? List.of(new InstitutionId(Vocabulary.pick(random, institutions)))
                : List.of();
        return new DraftParagraph(
                key, Vocabulary.recommendation(random) + " " + Vocabulary.sentence(random), cited, about);
    }

    /** The next revision: two paragraphs reworded and, every other revision, one added with a key of its own. */
    private MemorandumText revised(
            Random random, MemorandumText text, int revision, int lastKey, List<Long> proposals) {
        List<DraftSection> sections = new ArrayList<>();
        int changedSection = random.nextInt(text.sections().size());
        for (int s = 0; s < text.sections().size(); s++) {
            DraftSection section = text.sections().get(s);
            List<DraftParagraph> paragraphs = new ArrayList<>(section.paragraphs());
            if (s == changedSection) {
                int p = random.nextInt(paragraphs.size());
                DraftParagraph old = paragraphs.get(p);
                paragraphs.set(
                        p,
                        new DraftParagraph(
                                old.key(), Vocabulary.recommendation(random), old.proposalIds(), old.institutionIds()));
                if (revision % 2 == 0) {
                    paragraphs.add(paragraph(random, "para_" + (lastKey + 1), proposals));
                }
            }
            sections.add(new DraftSection(section.key(), section.heading(), paragraphs));
        }
        return new MemorandumText(text.title(), text.preamble(), sections);
    }

    private void circulate(
            Random random,
            long memorandum,
            long group,
            int version,
            MemorandumText text,
            String author,
            OffsetDateTime at,
            List<Committee> committees) {
        long id = tables.id("circulation");
        tables.add(
                "circulation",
                id,
                memorandum,
                group,
                version,
                at.plusDays(21),
                "Comments and amendments are welcome until the deadline.",
                author,
                at,
                0);
        List<Long> recipients = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Committee committee : committees) {
            long recipient = tables.id("circulation_recipient");
            tables.add(
                    "circulation_recipient",
                    recipient,
                    id,
                    "COMMITTEE",
                    committee.id(),
                    null,
                    committee.name(),
                    null,
                    null,
                    null,
                    0);
            recipients.add(recipient);
            names.add(committee.name());
        }
        List<String> keys = text.sections().stream()
                .flatMap(s -> s.paragraphs().stream())
                .map(DraftParagraph::key)
                .toList();
        Long first = null;
        for (int c = 0; c < 3; c++) {
            long comment = tables.id("circulation_comment");
            int who = random.nextInt(recipients.size());
            tables.add(
                    "circulation_comment",
                    comment,
                    id,
                    recipients.get(who),
                    Vocabulary.pick(random, keys),
                    c == 2 ? first : null,
                    "We would add that " + Vocabulary.sentence(random).toLowerCase(Locale.ROOT),
                    names.get(who),
                    false,
                    at.plusDays(3 + c));
            if (first == null) {
                first = comment;
            }
        }
        for (int a = 0; a < 2; a++) {
            int who = random.nextInt(recipients.size());
            boolean decided = a == 0;
            tables.add(
                    "circulation_amendment",
                    tables.id("circulation_amendment"),
                    id,
                    recipients.get(who),
                    "REPLACE",
                    Vocabulary.pick(random, keys),
                    Vocabulary.recommendation(random),
                    "Closer to what the meetings said.",
                    names.get(who),
                    false,
                    at.plusDays(5 + a),
                    decided ? "REJECT" : null,
                    decided ? "The group keeps the wording of the record." : null,
                    decided ? author : null,
                    decided ? at.plusDays(22) : null,
                    decided ? 1 : 0);
        }
    }
}
