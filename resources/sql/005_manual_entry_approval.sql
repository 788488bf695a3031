-- Schema 5: who approved a hand-typed identity document (DESIGN.md: manual ID entry is an
-- exception a supervisor approves). NULL for chip reads.
ALTER TABLE records ADD COLUMN approved_by INTEGER REFERENCES operators (id);
