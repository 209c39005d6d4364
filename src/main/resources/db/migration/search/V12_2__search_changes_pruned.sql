-- How far the outbox search_change was pruned: rows up to through_id are gone, so an index whose position is
-- below it missed changes and must be rebuilt (plenary.search.internal.SearchSchedule).
CREATE TABLE search_change_pruned (
    id INT PRIMARY KEY,
    through_id BIGINT NOT NULL
);
INSERT INTO search_change_pruned (id, through_id) VALUES (1, 0);
