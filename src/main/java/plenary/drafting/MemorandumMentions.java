package plenary.drafting;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import plenary.directory.CurrentAccount;
import plenary.drafting.MemorandumText.DraftParagraph;
import plenary.drafting.internal.MemorandumStore;
import plenary.drafting.internal.StoredMemorandum;
import plenary.institutions.InstitutionId;
import plenary.institutions.Mention;
import plenary.institutions.MentionKind;
import plenary.institutions.MentionSource;

/**
 * The paragraphs of the memoranda's working texts that cite an institution, for those the memorandum's gate lets
 * read them.
 */
@Component
class MemorandumMentions implements MentionSource {

    private final MemorandumGate gate;
    private final MemorandumStore store;

    MemorandumMentions(MemorandumGate gate, MemorandumStore store) {
        this.gate = gate;
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(InstitutionId id) {
        if (CurrentAccount.get().isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        for (StoredMemorandum listed : store.all()) {
            StoredMemorandum memorandum = gate.readable(listed.id());
            MemorandumText text = memorandum.text();
            Map<String, String> numbers = text.numbers();
            String group = gate.group(memorandum.studyGroupId()).title();
            text.sections()
                    .forEach(s -> s.paragraphs().stream()
                            .filter(p -> p.institutionIds().contains(id))
                            .forEach(p -> mentions.add(mention(memorandum, group, numbers, p))));
        }
        return mentions;
    }

    private static Mention mention(
            StoredMemorandum memorandum, String group, Map<String, String> numbers, DraftParagraph paragraph) {
        return new Mention(
                MentionKind.MEMORANDUM_PARAGRAPH,
                group,
                memorandum.text().title(),
                "paragraph " + numbers.get(paragraph.key()),
                Mention.excerpt(paragraph.text()),
                "/memoranda/" + memorandum.id() + "#" + paragraph.key(),
                LocalDate.ofInstant(memorandum.savedAt(), ZoneOffset.UTC));
    }
}
