-- How the group decides that its member committees agree to its memorandum: full consensus (the default),
-- consensus with reservations allowed, or a quorum of committees endorsing with none objecting.
ALTER TABLE study_group ADD COLUMN consensus_rule VARCHAR(30) DEFAULT 'FULL_CONSENSUS' NOT NULL;
ALTER TABLE study_group ADD COLUMN quorum INT;
ALTER TABLE study_group ADD CONSTRAINT study_group_consensus_rule_known
    CHECK (consensus_rule IN ('FULL_CONSENSUS', 'CONSENSUS_WITH_RESERVATIONS', 'QUORUM'));
ALTER TABLE study_group ADD CONSTRAINT study_group_quorum_range CHECK (quorum BETWEEN 1 AND 50);
