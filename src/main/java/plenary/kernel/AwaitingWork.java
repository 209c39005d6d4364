package plenary.kernel;

import java.util.List;

/**
 * What a module has waiting for one person: each module that asks people to do something (review, comment, decide,
 * endorse, mend the mail) answers with its own items, read in one or two statements whatever the record holds.
 */
public interface AwaitingWork {

    /** The items that await the worker in this module, in any order. */
    List<WorkItem> awaiting(Worker worker);
}
