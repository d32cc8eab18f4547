-- Sign-in throttling without a lever to lock people out (NIST SP 800-63B 5.2.2): the
-- account counts wrong passwords in a row and remembers the latest; devices a person has
-- signed in from are remembered so that waits started by strangers never apply to them;
-- wrong passwords per client address are counted for a per-address limit.
ALTER TABLE accounts RENAME COLUMN failure_window_start TO last_failure_at;
ALTER TABLE accounts RENAME COLUMN locked_until TO paused_until;

CREATE TABLE known_devices (
    token_hash   text        NOT NULL,
    account_id   uuid        NOT NULL REFERENCES accounts (id),
    failures     integer     NOT NULL DEFAULT 0,
    last_used_at timestamptz NOT NULL,
    PRIMARY KEY (token_hash, account_id)
);

CREATE INDEX known_devices_account ON known_devices (account_id);

CREATE TABLE client_sign_in_failures (
    client_address text        NOT NULL,
    failed_at      timestamptz NOT NULL
);

CREATE INDEX client_sign_in_failures_address ON client_sign_in_failures (client_address, failed_at);
