-- Schema 3: who approved a photo override. override_reason alone said why, not who; the
-- supervisor re-authenticates at the desk and is named here (issue 4).
ALTER TABLE record_photos ADD COLUMN override_by INTEGER REFERENCES operators (id);
