-- How the report may describe one intervention's speaker where it differs from the meeting's attribution rule
-- (the seed's "A Russian participant gave a detailed briefing on the Russian proposal" in a meeting otherwise
-- reported without attribution). NULL: as the meeting's rule says.
ALTER TABLE intervention ADD COLUMN speaker_described_by VARCHAR(20);
