-- Machine clients of integrators (apiclients/). Only a SHA-256 hash of each secret is kept: the
-- secrets are 256 random bits, so a slow hash would add nothing but latency.
CREATE TABLE api_client (
    id                  uuid          PRIMARY KEY,
    client_id           varchar(40)   NOT NULL UNIQUE,
    name                varchar(200)  NOT NULL,
    owner_name          varchar(200)  NOT NULL,
    owner_email         varchar(254)  NOT NULL,
    scopes              text[]        NOT NULL,
    expires_on          date          NOT NULL,
    secret_hash         varchar(64)   NOT NULL,
    secret_created_at   timestamptz   NOT NULL,
    -- Raised by every rotation; a token carries the value it was issued under, so rotating
    -- retires the tokens of the old secret too.
    credentials_version integer       NOT NULL DEFAULT 1,
    revoked_at          timestamptz,
    version             integer       NOT NULL DEFAULT 0,
    created_at          timestamptz   NOT NULL,
    updated_at          timestamptz   NOT NULL
);

-- Calls per client and day (Oslo). `refused`: refused for a missing scope or the client's rate limit.
CREATE TABLE api_client_usage (
    client_id uuid    NOT NULL REFERENCES api_client (id),
    day       date    NOT NULL,
    calls     bigint  NOT NULL DEFAULT 0,
    refused   bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, day)
);
-- No data-change trigger (V13) on either table: no public figure is read from them, and the usage
-- counter changes on every integrator call.
