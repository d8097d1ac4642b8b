-- Jobs: employment per municipality and year (by workplace and by residence, by industry and by
-- ownership) and commuting flows between municipalities. Figures keep the classification they
-- were published in: SN2007 (NACE Rev. 2, sections A–U) or SN2025 (NACE Rev. 2.1, sections A–V).
-- A total over all industries is classification-free ('all', industry 'total').

CREATE TABLE employment (
    municipality_id  bigint       NOT NULL REFERENCES municipality (id),
    year             smallint     NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    basis            varchar(10)  NOT NULL CHECK (basis IN ('workplace', 'residence')),
    classification   varchar(6)   NOT NULL CHECK (classification IN ('all', 'SN2007', 'SN2025')),
    industry         varchar(5)   NOT NULL,
    ownership        varchar(7)   NOT NULL CHECK (ownership IN ('all', 'private', 'public')),
    persons          integer      CHECK (persons >= 0),
    missing          varchar(2)   CHECK (missing IN ('..', ':', '.')),
    source           varchar(500) NOT NULL,
    import_run_id    uuid,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT employment_value_or_reason CHECK (persons IS NOT NULL OR missing IS NOT NULL),
    CONSTRAINT employment_total_is_classification_free CHECK ((industry = 'total') = (classification = 'all')),
    CONSTRAINT employment_section CHECK (industry = 'total'
        OR (classification = 'SN2007' AND industry ~ '^[A-U]$')
        OR (classification = 'SN2025' AND industry ~ '^[A-V]$')),
    PRIMARY KEY (municipality_id, year, basis, classification, industry, ownership)
);

CREATE TABLE commuting_flow (
    residence_id     bigint       NOT NULL REFERENCES municipality (id),
    workplace_id     bigint       NOT NULL REFERENCES municipality (id),
    year             smallint     NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    persons          integer      CHECK (persons >= 0),
    missing          varchar(2)   CHECK (missing IN ('..', ':', '.')),
    source           varchar(500) NOT NULL,
    import_run_id    uuid,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT commuting_value_or_reason CHECK (persons IS NOT NULL OR missing IS NOT NULL),
    PRIMARY KEY (year, residence_id, workplace_id)
);

-- The figures read a subject's flows both ways: out of its members and into them.
CREATE INDEX commuting_flow_workplace ON commuting_flow (year, workplace_id);
