-- The thanks a meeting's record says were given (the seed's "The Co-Chairs expressed their heartfelt thanks to
-- CSCAP-Russia …"), NULL where it says none; and the house style its report is written in, the seed's by default:
-- speakers called "participant", sessions numbered "Session 2", findings as paragraphs.
ALTER TABLE meeting ADD COLUMN courtesy VARCHAR(1000);
ALTER TABLE meeting ADD COLUMN speaker_noun VARCHAR(20) DEFAULT 'PARTICIPANT' NOT NULL;
ALTER TABLE meeting ADD COLUMN session_numbering VARCHAR(20) DEFAULT 'ARABIC' NOT NULL;
ALTER TABLE meeting ADD COLUMN findings VARCHAR(20) DEFAULT 'PARAGRAPHS' NOT NULL;
