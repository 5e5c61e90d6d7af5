-- Migration 11: the risk-management file and change control (docs/risk.md).
-- ISO 14971:2019 asks for hazards with their hazardous situations and harms (5.4), risk estimated on the
-- manufacturer's own scales (5.5), controls in the order of 7.1 with their verification (7.2), residual risk (7.3)
-- and new hazards from controls (7.5). AI Act Art. 9 asks the same for high-risk AI systems.
-- risk_matrices holds the project's matrix versions (the id is the version) (JSON checked by vv_risk); with none, the shipped default applies.
-- A hazard's requirement links, and a control's requirement links and verifications, are JSON lists.
CREATE TABLE risk_matrices (
    id          {{id}},
    definition  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE TABLE hazards (
    id                   {{id}},
    ref                  TEXT NOT NULL UNIQUE,
    category             TEXT NOT NULL,
    hazard               TEXT NOT NULL,
    situation            TEXT NOT NULL,
    sequence             TEXT NOT NULL,
    harm                 TEXT NOT NULL,
    severity             INTEGER NOT NULL,
    probability          INTEGER NOT NULL,
    residual_severity    INTEGER,
    residual_probability INTEGER,
    requirements         TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    updated_by           TEXT NOT NULL,
    row_version          BIGINT NOT NULL DEFAULT 1
);
CREATE TABLE risk_controls (
    id            {{id}},
    hazard_id     BIGINT NOT NULL REFERENCES hazards(id),
    type          TEXT NOT NULL CHECK (type IN ('inherent_safety', 'protective_measure', 'information_for_safety')),
    description   TEXT NOT NULL,
    requirements  TEXT NOT NULL,
    verifications TEXT NOT NULL,
    new_hazards   TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    row_version   BIGINT NOT NULL DEFAULT 1
);
-- A predetermined change control plan: its YAML as written and as checked, one row per version; a changed plan
-- never rewrites the checks made under an earlier one.
CREATE TABLE change_plans (
    id          {{id}},
    yaml        TEXT NOT NULL,
    plan        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE TABLE change_checks (
    id            {{id}},
    plan_version  BIGINT NOT NULL REFERENCES change_plans(id),
    modification  TEXT NOT NULL,
    test_run_id   BIGINT NOT NULL REFERENCES test_runs(id),
    verdict       TEXT NOT NULL CHECK (verdict IN ('met', 'not_met', 'not_enough_data')),
    result        TEXT NOT NULL,
    evidence_id   BIGINT,
    checked_at    TEXT NOT NULL,
    checked_by    TEXT NOT NULL
);
