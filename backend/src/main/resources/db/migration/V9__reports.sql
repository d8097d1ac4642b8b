-- Reports (issue #9): the draft commentary per report, and published versions frozen for good.

CREATE TABLE report_draft (
    kind                  varchar(10)  NOT NULL CHECK (kind IN ('tertial', 'quarterly')),
    period                varchar(7)   NOT NULL,
    kpis_comment          text,
    population_comment    text,
    financing_comment     text,
    campaigns_comment     text,
    action_plan_comment   text,
    version               integer      NOT NULL DEFAULT 0,
    updated_at            timestamptz  NOT NULL,
    updated_by            varchar(200) NOT NULL,
    PRIMARY KEY (kind, period)
);

-- A published version is never updated or deleted: its JSON and its PDF are what was published.
CREATE TABLE report_version (
    id            uuid         PRIMARY KEY,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('tertial', 'quarterly')),
    period        varchar(7)   NOT NULL,
    version       integer      NOT NULL CHECK (version >= 1),
    published_at  timestamptz  NOT NULL,
    published_by  varchar(200) NOT NULL,
    content       text         NOT NULL,
    pdf           bytea        NOT NULL,
    UNIQUE (kind, period, version)
);

CREATE FUNCTION report_version_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published report version cannot be changed or deleted';
END;
$$;
CREATE TRIGGER report_version_frozen BEFORE UPDATE OR DELETE ON report_version
    FOR EACH ROW EXECUTE FUNCTION report_version_is_frozen();
