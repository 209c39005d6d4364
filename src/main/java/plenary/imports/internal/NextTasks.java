package plenary.imports.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import plenary.imports.ImportedRecord.NextTask;

/**
 * The next tasks, read from the sentences under the next tasks' heading: each sentence that says what will be
 * done ("will", "would", "is to") starts a task, and one that carries on from it ("For this, …", "After …",
 * "Hopefully …") belongs to it. The owner is the subject before the verb, or else the first chair, secretariat or
 * rapporteur the task names; the due date is "by 30 June 2013" or
 * "by the end of September 2015", and other words of time ("before its second workshop") are kept as a note.
 */
final class NextTasks {

    private static final Pattern TASK = Pattern.compile("\\b(?:will|would|shall|is\\s+to|are\\s+to)\\b");
    private static final Pattern CARRIES_ON =
            Pattern.compile("^(?:For\\s+this|To\\s+this\\s+end|After\\b|Hopefully|Then\\b|It\\s|They\\s|This\\s)");
    private static final Pattern OWNER =
            Pattern.compile("^((?:[A-Z][\\w.-]*\\s+)?(?:[\\w.-]+\\s+){0,6}?)(?:will|would|shall)\\b");
    private static final Pattern NAMED_OWNER = Pattern.compile(
            "(?:the\\s+)?(?:Co-Chairs?|Chairs?|Secretariat|[Rr]apporteurs?)(?:\\s+of\\s+the\\s+Study\\s+Group)?");
    private static final String MONTH =
            "(January|February|March|April|May|June|July|August|September|October" + "|November|December)";
    private static final Pattern BY_DATE = Pattern.compile("\\bby\\s+(\\d{1,2})\\s+" + MONTH + "\\s+(\\d{4})");
    private static final Pattern BY_END_OF = Pattern.compile("\\bby\\s+the\\s+end\\s+of\\s+" + MONTH + "\\s+(\\d{4})");
    private static final Pattern WHEN = Pattern.compile(
            "\\b(?:before|at|by|in|during)\\s+((?:the|its|their)\\s+[\\w\\s-]{3,60}?(?:meeting|workshop|Committee"
                    + "|year|autumn|spring|summer|winter)(?:\\s+of\\s+\\d{4})?(?:\\s+to\\s+be\\s+held\\s+next\\s+year)?)");

    private NextTasks() {}

    static List<NextTask> of(List<Passage> sentences) {
        List<List<Passage>> tasks = new ArrayList<>();
        for (Passage sentence : sentences) {
            boolean startsTask = TASK.matcher(sentence.text()).find()
                    && !CARRIES_ON.matcher(sentence.text()).find();
            if (startsTask || tasks.isEmpty()) {
                tasks.add(new ArrayList<>(List.of(sentence)));
            } else {
                tasks.get(tasks.size() - 1).add(sentence);
            }
        }
        List<NextTask> result = new ArrayList<>();
        for (List<Passage> task : tasks) {
            Passage first = task.get(0);
            Passage last = task.get(task.size() - 1);
            String text =
                    String.join(" ", task.stream().map(Passage::text).toList()).replaceAll("\\s+", " ");
            LocalDate due = due(text);
            result.add(new NextTask(
                    text,
                    owner(first.text(), text),
                    due,
                    due == null ? when(text) : null,
                    new plenary.imports.ImportedRecord.Excerpt(first.start(), last.end())));
        }
        return result;
    }

    private static @Nullable String owner(String sentence, String task) {
        Matcher m = OWNER.matcher(sentence.replaceAll("\\s+", " "));
        if (m.find() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        // "The next and final task of the Study Group is to …; the Co-Chairs will …": who acts, where it says.
        Matcher named = NAMED_OWNER.matcher(task);
        return named.find() ? named.group().strip() : null;
    }

    private static @Nullable LocalDate due(String text) {
        try {
            Matcher date = BY_DATE.matcher(text);
            if (date.find()) {
                return LocalDate.of(
                        Integer.parseInt(date.group(3)), Numbers.month(date.group(2)), Integer.parseInt(date.group(1)));
            }
            Matcher end = BY_END_OF.matcher(text);
            if (end.find()) {
                return YearMonth.of(Integer.parseInt(end.group(2)), Numbers.month(end.group(1)))
                        .atEndOfMonth();
            }
        } catch (DateTimeException e) {
            // A date that cannot be is left for the person to give.
        }
        return null;
    }

    private static @Nullable String when(String text) {
        Matcher m = WHEN.matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }
}
