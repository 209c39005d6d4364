package plenary.leakcheck.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import plenary.leakcheck.LeakKind;

/**
 * E-mail addresses in a passage that identify a person: one of the person's own, or any address whose local
 * part is the person's name ("ivanov@gmail.com"); and the domain of a person's address at an institution, which names
 * the institution ("press@imemo.ru", "www.imemo.ru").
 */
public final class Addresses {

    /** Mail services anyone may use: their domains say nothing of where a person works. */
    private static final Set<String> MAIL_SERVICES = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.com",
            "hotmail.com",
            "outlook.com",
            "live.com",
            "icloud.com",
            "aol.com",
            "proton.me",
            "protonmail.com",
            "gmx.de",
            "gmx.net",
            "web.de",
            "mail.ru",
            "yandex.ru",
            "ya.ru",
            "rambler.ru",
            "bk.ru",
            "list.ru",
            "inbox.ru",
            "qq.com",
            "163.com",
            "126.com",
            "sina.com",
            "naver.com",
            "daum.net",
            "hanmail.net",
            "yahoo.co.jp");

    private final Map<String, List<Integer>> known = new HashMap<>();
    private final Map<String, List<Integer>> domains = new HashMap<>();
    private final List<NameWords> names = new ArrayList<>();

    /** Adds the next person: their addresses and the words of their names. */
    public void add(List<String> addresses, NameWords nameWords) {
        int person = names.size();
        names.add(nameWords);
        for (String address : addresses) {
            String folded = FoldedText.of(address.trim()).folded();
            known.computeIfAbsent(folded, key -> new ArrayList<>()).add(person);
            String domain = folded.substring(folded.indexOf('@') + 1);
            if (domain.indexOf('.') > 0 && !MAIL_SERVICES.contains(domain)) {
                domains.computeIfAbsent(domain, key -> new ArrayList<>()).add(person);
            }
        }
    }

    /** Adds a finding for each identifying address and returns the spans of all addresses in the passage. */
    public List<int[]> find(FoldedText text, List<Finding> found) {
        List<int[]> spans = new ArrayList<>();
        String folded = null;
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) != '@') {
                continue;
            }
            int start = at;
            while (start > 0
                    && (FoldedText.isWordChar(text.charAt(start - 1))
                            || "._%+-".indexOf(text.charAt(start - 1)) >= 0)) {
                start--;
            }
            int end = at + 1;
            while (end < text.length()
                    && (FoldedText.isWordChar(text.charAt(end)) || ".-".indexOf(text.charAt(end)) >= 0)) {
                end++;
            }
            while (end > at + 1 && ".-".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            folded = folded == null ? text.folded() : folded;
            if (start == at || folded.substring(at + 1, end).indexOf('.') < 0) {
                continue;
            }
            int from = text.originalStart(start);
            int to = text.originalEnd(end - 1);
            spans.add(new int[] {from, to});
            String local = folded.substring(start, at);
            List<Integer> owners = known.getOrDefault(folded.substring(start, end), List.of());
            for (int person = 0; person < names.size(); person++) {
                if (owners.contains(person) || names.get(person).namedBy(local)) {
                    found.add(new Finding(from, to, LeakKind.EMAIL, person, false));
                }
            }
            at = end;
        }
        findDomains(text, found);
        return spans;
    }

    /** The domain of a person's address at an institution names it, as in "press@imemo.ru" or "www.imemo.ru". */
    private void findDomains(FoldedText text, List<Finding> found) {
        if (domains.isEmpty()) {
            return;
        }
        String folded = text.folded();
        for (Map.Entry<String, List<Integer>> domain : domains.entrySet()) {
            String name = domain.getKey();
            for (int at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean whole =
                        (at == 0 || !FoldedText.isWordChar(folded.charAt(at - 1)) && folded.charAt(at - 1) != '-')
                                && (end == folded.length()
                                        || !FoldedText.isWordChar(folded.charAt(end))
                                                && folded.charAt(end) != '-'
                                                && !(folded.charAt(end) == '.'
                                                        && end + 1 < folded.length()
                                                        && FoldedText.isWordChar(folded.charAt(end + 1))));
                if (whole) {
                    for (int person : domain.getValue()) {
                        found.add(new Finding(
                                text.originalStart(at),
                                text.originalEnd(end - 1),
                                LeakKind.AFFILIATION,
                                person,
                                false));
                    }
                }
            }
        }
    }
}
