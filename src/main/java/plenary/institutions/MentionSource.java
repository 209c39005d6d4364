package plenary.institutions;

import java.util.List;

/**
 * What a module that refers to institutions tells about it (interventions, proposals, report and memorandum
 * paragraphs), implemented by that module so that institutions depend on none of them. Each implementation answers
 * for the account signed in, by its own module's rule of who may see what: nothing for one who may see nothing, and
 * no name where the rule withholds it.
 */
public interface MentionSource {

    /** The records of this module that refer to the institution, as the one signed in may see them. */
    List<Mention> mentionsOf(InstitutionId id);
}
