-- Population figures: boundary changes recorded by hand, and configurable peer groups.

-- A change of a municipality's boundary the data does not show (Kongsberg absorbed four
-- neighbours in 1964). `persons_moved` is what the municipality gained (negative: lost); in a
-- series it is an adjustment, never growth.
CREATE TABLE boundary_change (
    id                       uuid PRIMARY KEY,
    municipality_id          bigint        NOT NULL REFERENCES municipality (id),
    date                     date          NOT NULL,
    other_municipality       varchar(100)  NOT NULL,
    other_municipality_code  varchar(4)    CHECK (other_municipality_code ~ '^[0-9]{4}$'),
    persons_moved            integer       NOT NULL,
    note                     varchar(2000),
    created_by               varchar(100),
    created_at               timestamptz   NOT NULL
);
CREATE INDEX boundary_change_municipality ON boundary_change (municipality_id, date);

-- Municipalities Kongsberg is compared with, chosen by admins.
CREATE TABLE peer_group (
    id           bigserial PRIMARY KEY,
    key          varchar(50)  NOT NULL UNIQUE CHECK (key ~ '^[a-z0-9][a-z0-9-]*$'),
    name         varchar(100) NOT NULL,
    description  varchar(500),
    version      integer      NOT NULL DEFAULT 0,
    updated_at   timestamptz  NOT NULL
);

CREATE TABLE peer_group_member (
    peer_group_id    bigint NOT NULL REFERENCES peer_group (id) ON DELETE CASCADE,
    municipality_id  bigint NOT NULL REFERENCES municipality (id),
    PRIMARY KEY (peer_group_id, municipality_id)
);
