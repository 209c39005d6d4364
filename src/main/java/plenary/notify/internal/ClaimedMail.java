package plenary.notify.internal;

import plenary.notify.OutgoingMail;

/** A due message this instance claimed: its id (for its Message-ID), the attempts before this one, and the mail. */
record ClaimedMail(long id, int attempts, OutgoingMail mail) {}
