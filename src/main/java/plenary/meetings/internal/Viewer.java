package plenary.meetings.internal;

import org.jspecify.annotations.Nullable;
import plenary.directory.CurrentAccount;

/** Who is looking at or changing a meeting's record: signed in or not, of the secretariat or not, and as whom. */
public record Viewer(
        boolean signedIn, boolean secretariat, @Nullable Long personId) {

    public static final Viewer PUBLIC = new Viewer(false, false, null);

    /** The account signed in on this thread. */
    public static Viewer current() {
        return CurrentAccount.get()
                .map(a -> new Viewer(true, CurrentAccount.isSecretariat(), a.personId()))
                .orElse(PUBLIC);
    }
}
