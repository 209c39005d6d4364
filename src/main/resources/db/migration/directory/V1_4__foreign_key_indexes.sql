-- PostgreSQL does not index a foreign key by itself, as H2 does: without these a join or a delete through the key
-- reads the whole table (plenary.ForeignKeyIndexTests reads the catalog for any foreign key left without one).
CREATE INDEX IF NOT EXISTS account_by_person ON account (person_id);
CREATE INDEX IF NOT EXISTS person_by_committee ON person (committee_id);
