-- Whether the group lets its rapporteurs edit its memorandum beside the co-chairs (and the secretariat).
ALTER TABLE study_group ADD COLUMN rapporteurs_draft BOOLEAN DEFAULT FALSE NOT NULL;
