"""Moving sheets in and out: the exchange JSON, workbooks, CSV (no Qt)."""
