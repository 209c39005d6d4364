package plenary.meetings;

import java.util.List;

/** One page of a list of meetings ({@code page} counted from 0), and how many the whole list holds. */
public record MeetingsPage(List<MeetingSummary> meetings, int page, int size, long total) {

    public MeetingsPage {
        meetings = List.copyOf(meetings);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
