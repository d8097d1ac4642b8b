-- Units of the Central Coordinating Register (Enhetsregisteret): one row per organisation number,
-- updated in place by the imports (search pages, the bulk download, the update stream).
CREATE TABLE enterprise_unit (
    organisation_number  char(9)      PRIMARY KEY CHECK (organisation_number ~ '^[0-9]{9}$'),
    name                 varchar(500) NOT NULL,
    organisation_form    varchar(10),
    registered_on        date,
    founded_on           date,
    nace_code            varchar(10),
    -- The standard the NACE code follows (SN2007 until the register moved to SN2025), and its section.
    classification       varchar(10)  NOT NULL CHECK (classification IN ('SN2007', 'SN2025')),
    section              varchar(1)   CHECK (section ~ '^[A-V]$'),
    -- The business address municipality as the register gives it, and the place it resolves to (null when unknown).
    municipality_code    varchar(4),
    municipality_id      bigint       REFERENCES municipality (id),
    employees            integer      CHECK (employees >= 0),
    deleted_on           date,
    last_update_id       bigint,
    source               varchar(500) NOT NULL,
    import_run_id        uuid,
    updated_at           timestamptz  NOT NULL
);
CREATE INDEX enterprise_unit_registered ON enterprise_unit (municipality_id, registered_on);
CREATE INDEX enterprise_unit_deleted ON enterprise_unit (municipality_id, deleted_on) WHERE deleted_on IS NOT NULL;
CREATE INDEX enterprise_unit_registered_on ON enterprise_unit (registered_on);
CREATE INDEX enterprise_unit_code ON enterprise_unit (municipality_code);

-- Where the register's update stream continues: the highest update id imported and its time.
CREATE TABLE enterprise_register_cursor (
    id              integer     PRIMARY KEY CHECK (id = 1),
    last_update_id  bigint      NOT NULL,
    last_update_at  timestamptz,
    updated_at      timestamptz NOT NULL
);
