-- Foundation: users, sign-in throttling, audit log, programme settings, municipalities, regions
-- and population stocks. Flyway is the only source of the schema; Hibernate validates it.

CREATE TABLE app_user (
    id              uuid PRIMARY KEY,
    username        varchar(64)  NOT NULL UNIQUE,
    display_name    varchar(200) NOT NULL,
    password_hash   varchar(200) NOT NULL,
    roles           text[]       NOT NULL,
    partner_id      bigint,
    enabled         boolean      NOT NULL DEFAULT true,
    version         integer      NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    CONSTRAINT app_user_roles_known CHECK (roles <@ ARRAY['viewer','editor','partner','admin']::text[] AND cardinality(roles) > 0),
    CONSTRAINT app_user_partner_has_id CHECK (('partner' = ANY (roles)) = (partner_id IS NOT NULL))
);

-- Failed sign-ins, counted per username and per client address within a sliding window.
CREATE TABLE login_failure (
    id          bigserial PRIMARY KEY,
    username    varchar(64)  NOT NULL,
    address     varchar(100) NOT NULL,
    at          timestamptz  NOT NULL
);
CREATE INDEX login_failure_username_at ON login_failure (username, at);
CREATE INDEX login_failure_address_at ON login_failure (address, at);

CREATE TABLE audit_entry (
    id          bigserial PRIMARY KEY,
    at          timestamptz  NOT NULL,
    actor       varchar(100),
    action      varchar(50)  NOT NULL,
    entity      varchar(50)  NOT NULL,
    entity_id   varchar(100),
    address     varchar(100),
    changes     jsonb        NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);
CREATE INDEX audit_entry_entity ON audit_entry (entity, entity_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);

CREATE TABLE programme_settings (
    id                            integer PRIMARY KEY CHECK (id = 1),
    programme_name                varchar(200) NOT NULL,
    home_municipality             varchar(4)   NOT NULL,
    preferred_population_variant  varchar(20)  NOT NULL,
    programme_start_year          integer      NOT NULL,
    target_growth_percent         numeric(6,2) NOT NULL,
    target_net_in_migration       integer      NOT NULL,
    target_turnover_nok           bigint       NOT NULL,
    version                       integer      NOT NULL DEFAULT 0,
    updated_at                    timestamptz  NOT NULL
);

CREATE TABLE municipality (
    id           bigserial PRIMARY KEY,
    code         varchar(4)   NOT NULL UNIQUE,
    name         varchar(100) NOT NULL,
    county_code  varchar(2)   NOT NULL,
    county       varchar(100) NOT NULL
);
CREATE INDEX municipality_name_lower ON municipality (lower(name));

-- Every code a municipality has had; any of them finds it.
CREATE TABLE municipality_code (
    id               bigserial PRIMARY KEY,
    municipality_id  bigint     NOT NULL REFERENCES municipality (id),
    code             varchar(4) NOT NULL,
    valid_from       date,
    valid_to         date,
    CONSTRAINT municipality_code_unique UNIQUE (code, municipality_id)
);
CREATE INDEX municipality_code_code ON municipality_code (code);

CREATE TABLE region (
    id    bigserial PRIMARY KEY,
    key   varchar(50)  NOT NULL UNIQUE,
    name  varchar(100) NOT NULL
);

CREATE TABLE region_member (
    region_id        bigint NOT NULL REFERENCES region (id),
    municipality_id  bigint NOT NULL REFERENCES municipality (id),
    PRIMARY KEY (region_id, municipality_id)
);

-- Population on a date (a stock), per variant: official (Statistics Norway) or corrected (the municipality's own).
CREATE TABLE population_stock (
    id               bigserial PRIMARY KEY,
    municipality_id  bigint      NOT NULL REFERENCES municipality (id),
    date             date        NOT NULL,
    variant          varchar(20) NOT NULL CHECK (variant IN ('official', 'corrected')),
    population       integer     NOT NULL CHECK (population >= 0),
    source           varchar(500) NOT NULL,
    CONSTRAINT population_stock_unique UNIQUE (municipality_id, date, variant)
);
