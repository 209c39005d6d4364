package plenary.reports;

import java.util.List;

/** Publication was refused because texts of the report identify participants; nothing was changed. */
public class ReportLeaks extends RuntimeException {

    private final transient List<LeakView> leaks;

    public ReportLeaks(List<LeakView> leaks) {
        super("The report names or identifies participants in " + leaks.size()
                + (leaks.size() == 1 ? " place" : " places")
                + ", which its attribution rule does not allow; nothing was published.");
        this.leaks = List.copyOf(leaks);
    }

    public List<LeakView> leaks() {
        return leaks;
    }
}
