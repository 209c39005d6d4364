package plenary.generator;

/** What a generation wrote: its size and seed, the rows of each main kind, and how long it took. */
public record Generated(
        Size size,
        long seed,
        int studyGroups,
        int meetings,
        int interventions,
        int publishedReports,
        int memoranda,
        int versions,
        int circulations,
        long rows,
        long millis) {}
