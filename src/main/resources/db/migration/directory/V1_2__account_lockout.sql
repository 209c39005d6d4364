-- Accounts locked after too many failed sign-ins: kept in the database so that a lock survives a restart and
-- the secretariat sees and lifts it. A lock whose time has passed is no longer a lock.
CREATE TABLE account_lockout (
    account_id   BIGINT PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    locked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INT NOT NULL,
    address      VARCHAR(64)
);
