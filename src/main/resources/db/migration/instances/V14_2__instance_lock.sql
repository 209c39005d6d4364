-- One row for each piece of work that one instance at a time may do, for all the instances on this database. A loader
-- locks its row (SELECT ... FOR UPDATE) for its transaction; a lease (held_until, held_by) covers work that runs
-- outside one transaction, such as republishing the events left unfinished.
CREATE TABLE instance_lock (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    held_until TIMESTAMP WITH TIME ZONE,
    held_by    VARCHAR(200)
);
INSERT INTO instance_lock (name) VALUES ('first-admin'), ('demo-record'), ('outstanding-events');
