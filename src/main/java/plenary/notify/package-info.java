/**
 * Plenary's mail: every message goes through a persistent outbox ({@link plenary.notify.Outbox}), queued in the
 * transaction of what it announces and sent after commit, retried with back-off until it is sent, never lost and
 * never sent twice by two instances. A message is worded when it is sent, by the {@link plenary.notify.MailRenderer}
 * of its kind, so that what it must not keep (a personal link's secret) is never stored, and a message that is no
 * longer needed (a reminder to someone who has since answered) is dropped. {@link plenary.notify.MailDelivery}
 * tells a page that queued mail whether it goes out, and the secretariat's list of work shows what could not.
 */
@NullMarked
package plenary.notify;

import org.jspecify.annotations.NullMarked;
