package plenary.meetings.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of records kept in sequence (interventions in a session, next tasks of a meeting): positions run
 * 1…n without gaps; a record placed at a position pushes the ones from there down by one.
 */
public final class Ordering {

    private Ordering() {}

    /**
     * The ids in their new order once {@code id} is placed at {@code position} (1-based; null for last).
     *
     * @param ordered the ids in their current order, with or without {@code id}
     */
    public static List<Long> place(List<Long> ordered, long id, Integer position) {
        List<Long> result = new ArrayList<>(ordered);
        result.remove(Long.valueOf(id));
        int index = position == null ? result.size() : Math.max(0, Math.min(position - 1, result.size()));
        result.add(index, id);
        return result;
    }

    /** Whether a position is one the record can take among {@code count} records (itself included). */
    public static boolean fits(Integer position, int count) {
        return position == null || position >= 1 && position <= count;
    }
}
