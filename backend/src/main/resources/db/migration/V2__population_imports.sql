-- Population imports: flows beside stocks, import runs of every kind, and flags for review.

-- A municipality created by an import from a file that named it (JSON-stat labels) is unverified.
ALTER TABLE municipality ADD COLUMN verified boolean NOT NULL DEFAULT true;

-- Stocks: a value may be missing with Statistics Norway's reason, and keeps where it came from.
ALTER TABLE population_stock ALTER COLUMN population DROP NOT NULL;
ALTER TABLE population_stock
    ADD COLUMN missing varchar(2) CHECK (missing IN ('..', ':', '.')),
    ADD COLUMN import_run_id uuid,
    ADD COLUMN note varchar(500),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT population_stock_value_or_reason CHECK (population IS NOT NULL OR missing IS NOT NULL);

-- Flows over a period (`2024` or `2024-Q3`), one row per component; `adjustment` is the residual
-- between the stocks and the flows that the import computes. A national file holds a million of
-- these, so the table is kept lean for bulk writes: the natural key is the primary key (no
-- surrogate id and its second index), and there is no foreign key to municipality: every id
-- written comes from that table within the import's transaction, and municipalities are never
-- deleted, while the per-row check cost a third of a national import (bench/README.md).
CREATE TABLE population_flow (
    municipality_id  bigint      NOT NULL,
    period           varchar(7)  NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4])?$'),
    variant          varchar(20) NOT NULL CHECK (variant IN ('official', 'corrected')),
    field            varchar(20) NOT NULL CHECK (field IN ('births', 'deaths', 'inMigration', 'outMigration',
                         'immigration', 'emigration', 'netMigration', 'growth', 'adjustment')),
    value            integer,
    missing          varchar(2)  CHECK (missing IN ('..', ':', '.')),
    source           varchar(500) NOT NULL,
    import_run_id    uuid,
    note             varchar(500),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT population_flow_value_or_reason CHECK (value IS NOT NULL OR missing IS NOT NULL),
    PRIMARY KEY (municipality_id, period, variant, field)
);

CREATE TABLE import_run (
    id           uuid PRIMARY KEY,
    kind         varchar(50)  NOT NULL,
    status       varchar(20)  NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'rejected')),
    source       varchar(200) NOT NULL,
    dry_run      boolean      NOT NULL,
    created_by   varchar(100),
    created_at   timestamptz  NOT NULL,
    finished_at  timestamptz,
    processed    bigint       NOT NULL DEFAULT 0,
    total        bigint,
    inserted     bigint       NOT NULL DEFAULT 0,
    updated      bigint       NOT NULL DEFAULT 0,
    unchanged    bigint       NOT NULL DEFAULT 0,
    rejected     bigint       NOT NULL DEFAULT 0,
    flagged      bigint       NOT NULL DEFAULT 0,
    errors       jsonb        NOT NULL DEFAULT '[]'::jsonb,
    warnings     jsonb        NOT NULL DEFAULT '[]'::jsonb
);
CREATE INDEX import_run_created ON import_run (created_at DESC);

CREATE TABLE population_flag (
    id               uuid PRIMARY KEY,
    municipality_id  bigint       NOT NULL REFERENCES municipality (id),
    variant          varchar(20)  NOT NULL,
    kind             varchar(5)   NOT NULL CHECK (kind IN ('stock', 'flow')),
    at               varchar(10)  NOT NULL,
    field            varchar(20)  NOT NULL,
    value            integer,
    rule             varchar(30)  NOT NULL CHECK (rule IN ('implausible-change', 'series-break')),
    detail           varchar(500) NOT NULL,
    adjustment       integer,
    status           varchar(10)  NOT NULL CHECK (status IN ('open', 'accepted', 'corrected')),
    comment          varchar(2000),
    import_run_id    uuid,
    created_at       timestamptz  NOT NULL,
    resolved_by      varchar(100),
    resolved_at      timestamptz
);
CREATE INDEX population_flag_status ON population_flag (status, created_at DESC);
