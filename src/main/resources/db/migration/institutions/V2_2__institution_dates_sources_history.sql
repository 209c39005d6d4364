-- Issue 11: the regional architecture as reference data, with dates, sources and history.
--
-- Dates replace years. The years recorded so far stay where they are (established_year, ended_year,
-- institution_member.joined_year) and are NOT turned into dates: a year is not a day, and 1 January of it
-- would be a fact no source states. The new date columns start empty; a date, when someone gives one (or the
-- reference data does), also sets the year column, and pages show the year alone while no date is known.
ALTER TABLE institution ADD COLUMN reference_key VARCHAR(100);
ALTER TABLE institution ADD COLUMN reference_hash VARCHAR(64);
ALTER TABLE institution ADD COLUMN founded_on DATE;
ALTER TABLE institution ADD COLUMN ended_on DATE;
-- The source of the institution's own facts: an index into its institution_source rows (list_index).
ALTER TABLE institution ADD COLUMN source_index INT;
CREATE UNIQUE INDEX institution_reference_key ON institution (reference_key);

ALTER TABLE institution_member ADD COLUMN joined_on DATE;
ALTER TABLE institution_member ADD COLUMN left_on DATE;
ALTER TABLE institution_member ADD COLUMN source_index INT;

ALTER TABLE institution_relation ADD COLUMN source_index INT;

-- An institution's sources, in order; its facts, members and relations point at them by list_index.
CREATE TABLE institution_source (
    institution_id BIGINT NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    list_index     INT NOT NULL,
    citation       VARCHAR(1000) NOT NULL,
    url            VARCHAR(1000),
    checked_on     DATE NOT NULL,
    PRIMARY KEY (institution_id, list_index)
);

-- Every change of an institution: who made it (an account's username, or "reference data version N") and the
-- institution as it was after it, as JSON.
CREATE TABLE institution_revision (
    institution_id BIGINT NOT NULL REFERENCES institution (id) ON DELETE CASCADE,
    revision       INT NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    snapshot       VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (institution_id, revision)
);
