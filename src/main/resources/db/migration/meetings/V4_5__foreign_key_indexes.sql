-- PostgreSQL does not index a foreign key by itself, as H2 does: without these a join or a delete through the key
-- reads the whole table (plenary.ForeignKeyIndexTests reads the catalog for any foreign key left without one).
-- At size L a meeting's one read (MeetingParts) read every proposal and next task of the record for each meeting.
CREATE INDEX IF NOT EXISTS proposal_by_meeting ON proposal (meeting_id);
CREATE INDEX IF NOT EXISTS proposal_by_intervention ON proposal (intervention_id);
CREATE INDEX IF NOT EXISTS next_task_by_meeting ON next_task (meeting_id);
CREATE INDEX IF NOT EXISTS next_task_owner_by_person ON next_task_owner (person_id);
CREATE INDEX IF NOT EXISTS proposal_position_by_person ON proposal_position (person_id);
CREATE INDEX IF NOT EXISTS intervention_by_speaker ON intervention (speaker_person_id);
CREATE INDEX IF NOT EXISTS intervention_institution_by_institution ON intervention_institution (institution_id);
CREATE INDEX IF NOT EXISTS meeting_by_host_committee ON meeting (host_committee_id);
CREATE INDEX IF NOT EXISTS meeting_participant_by_person ON meeting_participant (person_id);
CREATE INDEX IF NOT EXISTS meeting_session_by_chair ON meeting_session (chair_person_id);
