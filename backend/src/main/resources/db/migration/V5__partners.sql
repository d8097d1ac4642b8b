-- Partners and financing (issue #6): partner organisations, their contacts (personal data),
-- tiers, yearly agreements with their status steps, and the municipality's yearly contribution.

CREATE TABLE partner_tier (
    key         varchar(50)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    min_nok     bigint       NOT NULL,
    max_nok     bigint       NOT NULL,
    version     integer      NOT NULL DEFAULT 0,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT partner_tier_band CHECK (min_nok >= 15000 AND max_nok <= 200000 AND min_nok <= max_nok),
    -- Bands never overlap, so a total names at most one tier (also when two admins save at once).
    CONSTRAINT partner_tier_no_overlap EXCLUDE USING gist (int8range(min_nok, max_nok, '[]') WITH &&)
);

CREATE TABLE partner (
    id                          uuid PRIMARY KEY,
    organisation_number         char(9)      NOT NULL UNIQUE,
    name                        varchar(200) NOT NULL,
    sector                      varchar(20)  NOT NULL
        CHECK (sector IN ('residents', 'industry', 'tourism', 'retail', 'public', 'other')),
    size_band                   varchar(10)  CHECK (size_band IN ('micro', 'small', 'medium', 'large')),
    address                     varchar(200),
    postal_code                 varchar(4),
    postal_place                varchar(100),
    municipality_code           varchar(4),
    website                     varchar(500),
    logo_url                    varchar(500),
    status                      varchar(10)  NOT NULL CHECK (status IN ('prospect', 'active', 'former')),
    former_since                date,
    public_listing_consent      boolean      NOT NULL DEFAULT false,
    public_listing_consent_date date,
    notes                       varchar(4000),
    version                     integer      NOT NULL DEFAULT 0,
    created_at                  timestamptz  NOT NULL,
    updated_at                  timestamptz  NOT NULL
);
CREATE INDEX partner_name ON partner (lower(name));

-- Personal data: name, email, phone and consent note are cleared on erasure (erased_at set).
CREATE TABLE partner_contact (
    id            uuid PRIMARY KEY,
    partner_id    uuid NOT NULL REFERENCES partner (id),
    name          varchar(200),
    role          varchar(100),
    email         varchar(254),
    phone         varchar(30),
    consent_note  varchar(1000),
    erased_at     timestamptz,
    version       integer     NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CONSTRAINT partner_contact_name_until_erased CHECK ((name IS NOT NULL) OR (erased_at IS NOT NULL))
);
CREATE INDEX partner_contact_partner ON partner_contact (partner_id);

CREATE TABLE agreement (
    id                    uuid PRIMARY KEY,
    partner_id            uuid         NOT NULL REFERENCES partner (id),
    year                  integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    tier_key              varchar(50)  NOT NULL REFERENCES partner_tier (key),
    cash_nok              bigint       NOT NULL CHECK (cash_nok >= 0),
    in_kind_nok           bigint       NOT NULL CHECK (in_kind_nok >= 0),
    in_kind_description   varchar(1000),
    benefits              varchar(4000),
    status                varchar(10)  NOT NULL
        CHECK (status IN ('draft', 'sent', 'signed', 'invoiced', 'paid', 'cancelled')),
    cancel_reason         varchar(1000),
    invoice_reference     varchar(100),
    band_override_reason  varchar(1000),
    band_override_by      varchar(200),
    band_override_at      timestamptz,
    version               integer      NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL,
    updated_at            timestamptz  NOT NULL
);
-- One agreement per partner and year, unless the earlier one is cancelled: also when two editors race.
CREATE UNIQUE INDEX agreement_one_per_partner_year ON agreement (partner_id, year) WHERE status <> 'cancelled';
CREATE INDEX agreement_year ON agreement (year);

-- Each status an agreement has reached, when and by whom (statuses only move forward, so each once).
CREATE TABLE agreement_step (
    agreement_id  uuid         NOT NULL REFERENCES agreement (id),
    status        varchar(10)  NOT NULL,
    at            timestamptz  NOT NULL,
    by_name       varchar(200) NOT NULL,
    PRIMARY KEY (agreement_id, status)
);

CREATE TABLE municipal_contribution (
    year        integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    amount_nok  bigint      NOT NULL CHECK (amount_nok >= 0),
    note        varchar(500),
    version     integer     NOT NULL DEFAULT 0,
    updated_at  timestamptz NOT NULL
);

-- A partner user now belongs to a partner record (a UUID). Before this migration no partner
-- existed, so a partner user could not belong to anything real: those users (only the demo one,
-- which demo data recreates bound to a demo partner) are removed; their audit entries stay.
DELETE FROM app_user WHERE 'partner' = ANY (roles);
ALTER TABLE app_user DROP CONSTRAINT app_user_partner_has_id;
ALTER TABLE app_user DROP COLUMN partner_id;
ALTER TABLE app_user ADD COLUMN partner_id uuid REFERENCES partner (id);
ALTER TABLE app_user ADD CONSTRAINT app_user_partner_has_id CHECK (('partner' = ANY (roles)) = (partner_id IS NOT NULL));
-- An invited user's temporary password must be changed at first sign-in.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
